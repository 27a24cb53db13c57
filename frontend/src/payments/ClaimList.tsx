import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { ShowMore } from '../components/links';
import { StatusTag } from '../components/Tag';
import { date, hours, pounds } from '../format';
import { listClaims, type Claim, type ClaimFilter } from './api';
import { claimTitle } from './words';

interface Props {
  filter: ClaimFilter;
  caption: string;
  /** Said when there is no claim. */
  empty: string;
  /** Each claim links to its page (staff only). */
  linked?: boolean;
}

/** Claims, newest first, a page at a time. */
export function ClaimList({ filter, caption, empty, linked = false }: Props) {
  const key = `claims:${filter.status ?? ''}:${filter.personId ?? ''}`;
  const list = usePagedList<Claim>(key, (cursor) => listClaims(filter, cursor));
  return (
    <Loaded load={list.first} what="claims">
      {() =>
        list.items.length === 0 ? (
          <p>{empty}</p>
        ) : (
          <>
            <ClaimTable claims={list.items} caption={caption} linked={linked} />
            {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
            <ShowMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onClick={list.loadMore}
              what="claims"
            />
          </>
        )
      }
    </Loaded>
  );
}

export function ClaimTable({
  claims,
  caption,
  linked,
}: {
  claims: Claim[];
  caption: string;
  linked: boolean;
}) {
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Amount
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {claims.map((claim) => (
            <tr key={claim.id}>
              <td>
                {linked ? (
                  <Link to={`/claims/${claim.id}`}>
                    {claimTitle(claim)}
                    <span className="nhsuk-u-visually-hidden"> on {date(claim.activityDate)}</span>
                  </Link>
                ) : (
                  claimTitle(claim)
                )}
              </td>
              <td>{date(claim.activityDate)}</td>
              <td>{claim.kind === 'EXPENSE' ? 'Not a fee' : hours(claim.hours)}</td>
              <td className="nhsuk-table__cell--numeric">{pounds(claim.amountPence)}</td>
              <td>
                <StatusTag status={claim.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
