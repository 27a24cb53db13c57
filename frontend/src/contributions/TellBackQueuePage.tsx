import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date } from '../format';
import { nameOf, usePersonNames } from '../meetings/people';
import { listOverdueTellBacks, type OverdueTellBack } from './api';
import { kindLabel } from './words';

/** Contributions whose person has not been told back in time, the longest overdue first. */
export function TellBackQueuePage() {
  const list = usePagedList<OverdueTellBack>('overdue-tell-backs', (cursor) =>
    listOverdueTellBacks(cursor),
  );
  const names = usePersonNames(list.items.map((item) => item.personId));
  return (
    <Page title="Tell-backs overdue">
      <p>
        People should hear what was done with what they said within 28 days. These have waited
        longer, the longest first.
      </p>
      <ActionLink to="/contributions/new">Record what someone said</ActionLink>
      <Loaded load={list.first} what="overdue tell-backs">
        {() =>
          list.items.length === 0 ? (
            <p>Nobody is waiting too long to hear back. Well done.</p>
          ) : (
            <>
              <div className="app-table-scroll">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                    Overdue tell-backs, the longest overdue first
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Who</th>
                      <th scope="col">What</th>
                      <th scope="col">Said on</th>
                      <th scope="col">Due by</th>
                      <th scope="col">What is left</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {list.items.map((item) => (
                      <tr key={item.contributionId}>
                        <td>{nameOf(names, item.personId)}</td>
                        <td>{kindLabel(item.kind)}</td>
                        <td>{date(item.contributedOn)}</td>
                        <td>{date(item.tellBackDueOn)}</td>
                        <td>
                          <Link to={`/contributions/${item.contributionId}`}>
                            {item.weDidRecorded ? 'Tell them back' : 'Record what was done'}
                            <span className="nhsuk-u-visually-hidden">
                              {' '}
                              for {nameOf(names, item.personId)}, said on {date(item.contributedOn)}
                            </span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
              <ShowMore
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onClick={list.loadMore}
                what="tell-backs"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
