import { listPeople } from '../api/calls';
import type { Person } from '../api/types';
import { usePagedList } from '../api/useLoad';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, label } from '../format';

export function PeoplePage() {
  const list = usePagedList<Person>('people', (cursor) => listPeople(cursor));
  return (
    <Page title="The involvement register">
      <p>Service users, carers, family members and stakeholders, newest first.</p>
      <ActionLink to="/people/new">Add a person to the register</ActionLink>
      <Loaded load={list.first} what="the register">
        {() =>
          list.items.length === 0 ? (
            <p>Nobody is in the register yet.</p>
          ) : (
            <>
              <div className="app-table-scroll">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                    People in the register, newest first
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Type</th>
                      <th scope="col">Contact</th>
                      <th scope="col">Added</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {list.items.map((person) => (
                      <tr key={person.id}>
                        <td>{person.displayName}</td>
                        <td>{label(person.personType)}</td>
                        <td>{[person.email, person.phone].filter(Boolean).join(', ') || 'None'}</td>
                        <td>{date(person.createdAt)}</td>
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
                what="people"
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}
