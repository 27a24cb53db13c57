import { listProjects } from '../api/calls';
import type { Project } from '../api/types';
import { usePagedList } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { ShowMore } from '../components/links';
import { StatusTag } from '../components/Tag';
import { date } from '../format';

/** QI projects, newest first, a page at a time. */
export function ProjectList() {
  const list = usePagedList<Project>('projects', (cursor) => listProjects(cursor));
  return (
    <Loaded load={list.first} what="QI projects">
      {() =>
        list.items.length === 0 ? (
          <p>There are no QI projects yet.</p>
        ) : (
          <>
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  QI projects, newest first
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Project</th>
                    <th scope="col">Status</th>
                    <th scope="col">Life QI code</th>
                    <th scope="col">Started</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {list.items.map((project) => (
                    <tr key={project.id}>
                      <td>
                        <strong>{project.title}</strong>
                        {project.aim && (
                          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{project.aim}</p>
                        )}
                      </td>
                      <td>
                        <StatusTag status={project.status} />
                      </td>
                      <td>{project.lifeQiCode ?? 'None'}</td>
                      <td>{date(project.createdAt)}</td>
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
              what="projects"
            />
          </>
        )
      }
    </Loaded>
  );
}
