import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date } from '../format';
import { PANEL_ACCESS } from './access';
import { listMyPanels, type Panel } from './api';

/** The interview panels the user runs or sits on. */
export function PanelsPage() {
  const me = useMe();
  const list = usePagedList<Panel>('panels', (cursor) => listMyPanels(cursor));
  return (
    <Page title="Interview panels">
      <p>Recruitment panels you run or sit on. Scores stay with the panel.</p>
      {hasAnyRole(me.roles, PANEL_ACCESS.run) && (
        <ActionLink to="/panels/new">Set up a panel</ActionLink>
      )}
      <Loaded load={list.first} what="your panels">
        {() =>
          list.items.length === 0 ? (
            <p>You are not on any interview panel.</p>
          ) : (
            <>
              <div className="app-table-scroll">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                    Your panels, newest first
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Post</th>
                      <th scope="col">Interviews</th>
                      <th scope="col">Scoring</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {list.items.map((panel) => (
                      <tr key={panel.id}>
                        <td>
                          <Link to={`/panels/${panel.id}`}>{panel.postTitle}</Link>
                        </td>
                        <td>{date(panel.interviewDate)}</td>
                        <td>{panel.closed ? 'Closed' : 'Open'}</td>
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
                what="panels"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
