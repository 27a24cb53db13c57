import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, label } from '../format';
import { listActivities, type Activity } from './api';
import { LEVEL_NAMES } from './words';

/** Involvement activities, newest first: each has its sessions, attendance and evaluation. */
export function ActivitiesPage() {
  const list = usePagedList<Activity>('activities', (cursor) => listActivities(cursor));
  return (
    <Page title="Activities">
      <p>
        Involvement activities, newest first. Arrange an activity’s sessions and record who attended
        from the activity’s page.
      </p>
      <ActionLink to="/activities/new">Plan an activity</ActionLink>
      <Loaded load={list.first} what="activities">
        {() =>
          list.items.length === 0 ? (
            <p>No activity has been planned yet.</p>
          ) : (
            <>
              <div className="app-table-scroll">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                    Activities, newest first
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Activity</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Involvement</th>
                      <th scope="col">Planned</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {list.items.map((a) => (
                      <tr key={a.id}>
                        <td>
                          <Link to={`/activities/${a.id}`}>{a.title}</Link>
                        </td>
                        <td>{label(a.activityType)}</td>
                        <td>{LEVEL_NAMES[a.involvementLevel]}</td>
                        <td>{date(a.createdAt)}</td>
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
                what="activities"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
