import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { SelectField } from '../components/fields';
import { ActionLink, ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { StatusTag } from '../components/Tag';
import { date } from '../format';
import {
  listOpportunities,
  type Opportunity,
  type OpportunityFilter,
  type OpportunityKind,
  type OpportunityStatus,
} from './api';
import { KINDS, kindLabel, STATUSES } from './opportunityForm';

function filterOf(params: URLSearchParams): OpportunityFilter {
  const kind = params.get('kind');
  const status = params.get('status');
  return {
    kind: KINDS.some((k) => k.value === kind) ? (kind as OpportunityKind) : undefined,
    status: STATUSES.some((s) => s.value === status) ? (status as OpportunityStatus) : undefined,
  };
}

/** Every opportunity, drafts too, for the staff who offer them; filtered by the address. */
export function OpportunitiesPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const [form, setForm] = useState({ kind: filter.kind ?? '', status: filter.status ?? '' });
  const list = usePagedList<Opportunity>(`opportunities:${params.toString()}`, (cursor) =>
    listOpportunities(filter, cursor),
  );
  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(Object.entries(form).filter(([, value]) => value !== ''));
  };
  const filtering = Boolean(filter.kind || filter.status);
  return (
    <Page title="Opportunities">
      <p>Ways to get involved, newest first. Volunteers see them once they are published.</p>
      <ActionLink to="/opportunities/new">Draft an opportunity</ActionLink>
      <form onSubmit={search} noValidate role="search" aria-label="Filter the opportunities">
        <h2 className="nhsuk-heading-m">Filter</h2>
        <SelectField
          name="kind"
          label="Kind"
          value={form.kind}
          onChange={(kind) => setForm((f) => ({ ...f, kind }))}
          options={KINDS}
        />
        <SelectField
          name="status"
          label="Status"
          value={form.status}
          onChange={(status) => setForm((f) => ({ ...f, status }))}
          options={STATUSES}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Filter
        </button>
        {filtering && (
          <p>
            <Link to="/opportunities" onClick={() => setForm({ kind: '', status: '' })}>
              Show every opportunity
            </Link>
          </p>
        )}
      </form>
      <Loaded load={list.first} what="opportunities">
        {() =>
          list.items.length === 0 ? (
            <p>
              {filtering ? 'No opportunity matches the filter.' : 'There are no opportunities yet.'}
            </p>
          ) : (
            <>
              <ul className="nhsuk-list">
                {list.items.map((o) => (
                  <li key={o.id}>
                    <OpportunityCard opportunity={o} staff />
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
    </Page>
  );
}

/** One opportunity in a list: its title links to it. */
export function OpportunityCard({
  opportunity: o,
  staff,
  children,
}: {
  opportunity: Opportunity;
  staff: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">
          <Link className="nhsuk-card__link" to={`/opportunities/${o.id}`}>
            {o.title}
          </Link>
        </h3>
        <p className="nhsuk-card__description">
          {staff && (
            <>
              <StatusTag status={o.status} />{' '}
            </>
          )}
          {kindLabel(o.kind)}
          {o.closesOn ? `. Closes ${date(o.closesOn)}` : ''}
        </p>
        {children}
      </div>
    </div>
  );
}
