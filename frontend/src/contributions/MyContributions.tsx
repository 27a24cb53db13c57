import { usePagedList } from '../api/useLoad';
import { ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { date } from '../format';
import { listContributions, type Contribution } from './api';
import { channelLabel, kindLabel } from './words';

/** What a volunteer said, what was done with it and whether they were told, newest first. */
export function MyContributions({ personId }: { personId: string }) {
  const list = usePagedList<Contribution>(`contributions:${personId}`, (cursor) =>
    listContributions(personId, cursor),
  );
  return (
    <Loaded load={list.first} what="your contributions">
      {() =>
        list.items.length === 0 ? (
          <p>Nothing you said has been recorded yet.</p>
        ) : (
          <>
            <ul className="nhsuk-list">
              {list.items.map((c) => (
                <li key={c.id} className="nhsuk-card">
                  <div className="nhsuk-card__content">
                    <h3 className="nhsuk-card__heading nhsuk-heading-s">
                      {kindLabel(c.kind)}, {date(c.contributedOn)}
                    </h3>
                    <dl className="nhsuk-summary-list nhsuk-u-margin-bottom-0">
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">You said</dt>
                        <dd className="nhsuk-summary-list__value app-prose">{c.text}</dd>
                      </div>
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">We did</dt>
                        <dd className="nhsuk-summary-list__value">
                          {c.weDid ? (
                            <>
                              <span className="app-prose">{c.weDid.text}</span> ({c.weDid.doneBy},{' '}
                              {date(c.weDid.doneOn)})
                            </>
                          ) : (
                            'We are still working on it'
                          )}
                        </dd>
                      </div>
                      <div className="nhsuk-summary-list__row">
                        <dt className="nhsuk-summary-list__key">Told back</dt>
                        <dd className="nhsuk-summary-list__value">
                          {c.toldBack
                            ? `Yes, ${channelLabel(c.toldBackChannel)}, on ${date(c.toldBackAt ?? undefined)}`
                            : `Not yet. We aim to tell you by ${date(c.tellBackDueOn)}.`}
                        </dd>
                      </div>
                    </dl>
                  </div>
                </li>
              ))}
            </ul>
            {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
            <ShowMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onClick={list.loadMore}
              what="contributions"
            />
          </>
        )
      }
    </Loaded>
  );
}
