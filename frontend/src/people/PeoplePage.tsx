import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listPeople, type PeopleFilter } from '../api/calls';
import type { Person, PersonType } from '../api/types';
import { usePagedList } from '../api/useLoad';
import { SelectField, TextField } from '../components/fields';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, label } from '../format';
import { PERSON_TYPES } from './profile';

/** The search as the address holds it, so a search can be bookmarked and the back button works. */
function filterOf(params: URLSearchParams): PeopleFilter {
  const type = params.get('type');
  return {
    name: params.get('name')?.trim() || undefined,
    type: PERSON_TYPES.some((t) => t.value === type) ? (type as PersonType) : undefined,
    interest: params.get('interest')?.trim() || undefined,
  };
}

export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const searching = Boolean(filter.name || filter.type || filter.interest);
  const [form, setForm] = useState({
    name: filter.name ?? '',
    type: filter.type ?? '',
    interest: filter.interest ?? '',
  });
  const list = usePagedList<Person>(`people:${params.toString()}`, (cursor) =>
    listPeople(cursor, 20, filter),
  );
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(
      Object.entries(form).filter(([, value]) => value.trim() !== ''),
      { replace: false },
    );
  };

  return (
    <Page title="The involvement register">
      <p>Service users, carers, family members and stakeholders, newest first.</p>
      <ActionLink to="/people/new">Add a person to the register</ActionLink>
      <form onSubmit={search} noValidate role="search" aria-label="Search the register">
        <h2 className="nhsuk-heading-m">Search the register</h2>
        <TextField
          name="name"
          label="Name"
          hint="All or part of the name"
          value={form.name}
          onChange={set('name')}
        />
        <SelectField
          name="type"
          label="Type of person"
          value={form.type}
          onChange={set('type')}
          options={PERSON_TYPES}
        />
        <TextField
          name="interest"
          label="Interest"
          hint="One topic, for example mental health"
          value={form.interest}
          onChange={set('interest')}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Search
        </button>
        {searching && (
          <p>
            <Link to="/people" onClick={() => setForm({ name: '', type: '', interest: '' })}>
              Clear the search
            </Link>
          </p>
        )}
      </form>
      <Loaded load={list.first} what="the register">
        {() =>
          list.items.length === 0 ? (
            <p>
              {searching
                ? 'Nobody in the register matches your search.'
                : 'Nobody is in the register yet.'}
            </p>
          ) : (
            <>
              <div className="app-table-scroll">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                    {searching ? 'People who match your search' : 'People in the register'}, newest
                    first
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Type</th>
                      <th scope="col">Interests</th>
                      <th scope="col">Added</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {list.items.map((person) => (
                      <tr key={person.id}>
                        <td>
                          <Link to={`/people/${person.id}`}>{person.displayName}</Link>
                        </td>
                        <td>{label(person.personType)}</td>
                        <td>{person.interests?.join(', ') || 'None given'}</td>
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
