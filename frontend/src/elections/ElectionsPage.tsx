import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date } from '../format';
import { ELECTION_ACCESS } from './access';
import { listElections, type ElectionSummary } from './api';
import { PhaseTag } from './words';

/** Ambassador elections: staff see them all, a volunteer those not over yet. */
export function ElectionsPage() {
  const me = useMe();
  const runs = hasAnyRole(me.roles, ELECTION_ACCESS.run);
  const list = usePagedList<ElectionSummary>('elections', (cursor) => listElections(cursor));
  return (
    <Page title="Ambassador elections">
      <p>
        Service users and carers choose ambassadors from among themselves, by a secret ballot.
        {runs ? '' : ' You can stand, and you can vote once in each election.'}
      </p>
      {runs && <ActionLink to="/elections/new">Open an election</ActionLink>}
      <Loaded load={list.first} what="elections">
        {() =>
          list.items.length === 0 ? (
            <p>There are no elections at the moment.</p>
          ) : (
            <>
              <div className="app-table-scroll">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                    Elections, newest first
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Role</th>
                      <th scope="col">Seats</th>
                      <th scope="col">Voting closes</th>
                      <th scope="col">Where it is</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {list.items.map((election) => (
                      <tr key={election.id}>
                        <td>
                          <Link to={`/elections/${election.id}`}>{election.roleTitle}</Link>
                        </td>
                        <td>{election.seats}</td>
                        <td>{date(election.schedule?.votingCloseAt)}</td>
                        <td>
                          <PhaseTag phase={election.phase} />
                          {election.youHaveVoted && <> You have voted</>}
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
                what="elections"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
