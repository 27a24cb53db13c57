import { useState } from 'react';
import { Link } from 'react-router';
import { usePagedList, useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { ShowMore, SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, dateTime } from '../format';
import { OwnRecord } from '../people/OwnRecord';
import {
  listMyInterests,
  listMyMatches,
  listMyMessages,
  listOpportunities,
  markMessageRead,
  withdrawInterest,
  type Interest,
  type Message,
  type Opportunity,
} from './api';
import { INTEREST_STATUS, mayWithdraw } from './interests';
import { OpportunityCard } from './OpportunitiesPage';
import { staleProblem, why } from './words';

/** Published opportunities, the ones that suit the volunteer first with why they suit. */
export function FindOpportunitiesPage() {
  return (
    <Page title="Find opportunities">
      <p>Ways to get involved in improving our services. Open one to say you are interested.</p>
      <OwnRecord what="the opportunities that suit you">{() => <Matches />}</OwnRecord>
      <AllPublished />
    </Page>
  );
}

function Matches() {
  const matches = useLoad('my-matches', listMyMatches);
  return (
    <section aria-labelledby="matches-heading">
      <h2 className="nhsuk-heading-m" id="matches-heading">
        Suggested for you
      </h2>
      <Loaded load={matches} what="opportunities that suit you">
        {(found) =>
          found.length === 0 ? (
            <p>
              None matches your interests or the times that suit you just now.{' '}
              <Link to="/my-profile">Check your interests in your profile</Link>.
            </p>
          ) : (
            <ul className="nhsuk-list">
              {found.map((match) => (
                <li key={match.opportunity.id}>
                  <OpportunityCard opportunity={match.opportunity} staff={false}>
                    <p className="nhsuk-body-s">
                      Why it suits you: {why(match.matchedTopics, match.matchedTimes)}
                    </p>
                  </OpportunityCard>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function AllPublished() {
  const list = usePagedList<Opportunity>('published-opportunities', (cursor) =>
    listOpportunities({ status: 'PUBLISHED' }, cursor),
  );
  return (
    <section aria-labelledby="all-heading">
      <h2 className="nhsuk-heading-m" id="all-heading">
        All open opportunities
      </h2>
      <Loaded load={list.first} what="open opportunities">
        {() =>
          list.items.length === 0 ? (
            <p>There are no open opportunities just now. Please look again soon.</p>
          ) : (
            <>
              <ul className="nhsuk-list">
                {list.items.map((o) => (
                  <li key={o.id}>
                    <OpportunityCard opportunity={o} staff={false} />
                  </li>
                ))}
              </ul>
              {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
              <ShowMore
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onClick={list.loadMore}
                what="opportunities"
              />
            </>
          )
        }
      </Loaded>
    </section>
  );
}

/** The volunteer's expressions of interest and what became of them. */
export function MyInterestPage() {
  const list = usePagedList<Interest>('my-interests', (cursor) => listMyInterests(cursor));
  const [done, setDone] = useState<string>();
  const withdraw = useSubmit(withdrawInterest, (interest) => {
    setDone(`You withdrew your interest in ${interest.opportunityTitle}`);
    list.reload();
  });
  return (
    <Page title="My interest">
      <p>The opportunities you said you are interested in, newest first, and what happened.</p>
      {done && <SuccessBanner title={done} focus />}
      {withdraw.problem && <ProblemSummary problem={staleProblem(withdraw.problem)!} focus />}
      <Loaded load={list.first} what="your interest">
        {() =>
          list.items.length === 0 ? (
            <p>
              You have not said you are interested in anything yet.{' '}
              <Link to="/find-opportunities">Find opportunities</Link>
            </p>
          ) : (
            <>
              <dl className="nhsuk-summary-list">
                {list.items.map((interest) => (
                  <div className="nhsuk-summary-list__row" key={interest.id}>
                    <dt className="nhsuk-summary-list__key">
                      <Link to={`/opportunities/${interest.opportunityId}`}>
                        {interest.opportunityTitle}
                      </Link>
                    </dt>
                    <dd className="nhsuk-summary-list__value">
                      {INTEREST_STATUS[interest.status].own}
                      <br />
                      <span className="nhsuk-body-s">
                        Since {date(interest.updatedAt ?? interest.createdAt)}
                      </span>
                    </dd>
                    <dd className="nhsuk-summary-list__actions">
                      {mayWithdraw(interest) && (
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                          disabled={withdraw.submitting}
                          aria-label={`Withdraw your interest in ${interest.opportunityTitle}`}
                          onClick={() => void withdraw.submit(interest)}
                        >
                          Withdraw
                        </button>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
              {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
              <ShowMore
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onClick={list.loadMore}
                what="interest"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}

/** The volunteer's messages, newest first; opening one marks it read. */
export function MessagesPage() {
  const list = usePagedList<Message>('my-messages', (cursor) => listMyMessages(cursor));
  const [readNow, setReadNow] = useState<ReadonlySet<string>>(new Set());
  const read = useSubmit(markMessageRead, (message) =>
    setReadNow((ids) => new Set(ids).add(message.id)),
  );
  const opened = (message: Message, open: boolean) => {
    if (open && !message.read && !readNow.has(message.id)) void read.submit(message);
  };
  const unread = list.items.filter((m) => !m.read && !readNow.has(m.id)).length;
  return (
    <Page title="Messages">
      <Loaded load={list.first} what="your messages">
        {() =>
          list.items.length === 0 ? (
            <p>You have no messages.</p>
          ) : (
            <>
              <p>
                {unread === 0
                  ? 'You have read all your messages.'
                  : `You have ${unread} unread ${unread === 1 ? 'message' : 'messages'}.`}{' '}
                Open a message to read it.
              </p>
              {read.problem && <ProblemSummary problem={read.problem} />}
              {list.items.map((message) => (
                <details
                  key={message.id}
                  className="nhsuk-details"
                  onToggle={(event) => opened(message, event.currentTarget.open)}
                >
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">
                      {!(message.read || readNow.has(message.id)) && <strong>Unread: </strong>}
                      {message.subject}
                    </span>
                  </summary>
                  <div className="nhsuk-details__text">
                    <p className="nhsuk-body-s">Sent {dateTime(message.createdAt)}</p>
                    <p className="app-preserve-lines">{message.body}</p>
                    {message.opportunityId && (
                      <p>
                        <Link to={`/opportunities/${message.opportunityId}`}>
                          See the opportunity
                        </Link>
                      </p>
                    )}
                  </div>
                </details>
              ))}
              {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
              <ShowMore
                hasMore={list.hasMore}
                loading={list.loadingMore}
                onClick={list.loadMore}
                what="messages"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
