import { Link } from 'react-router';
import { usePagedList } from '../api/useLoad';
import { ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { ProblemSummary } from '../components/ProblemSummary';
import { pounds } from '../format';
import { listClaims, type Claim } from './api';
import { BenefitsTag } from './BenefitsWarning';
import { claimName } from './words';

/**
 * Claims awaiting approval, newest first, each linking to the claim where it is approved or
 * rejected; with the benefits warning when the person's week passes their limit. Coordinators and
 * finance share it.
 */
export function ApprovalQueue() {
  const list = usePagedList<Claim>('claims:PENDING', (cursor) =>
    listClaims({ status: 'PENDING' }, cursor),
  );
  return (
    <Loaded load={list.first} what="claims awaiting approval">
      {() =>
        list.items.length === 0 ? (
          <p>There are no claims awaiting approval.</p>
        ) : (
          <>
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Claims awaiting approval, newest first
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Claim</th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Amount
                    </th>
                    <th scope="col">Benefits</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {list.items.map((claim) => (
                    <tr key={claim.id}>
                      <td>
                        <Link to={`/claims/${claim.id}`}>{claimName(claim)}</Link>
                      </td>
                      <td className="nhsuk-table__cell--numeric">{pounds(claim.amountPence)}</td>
                      <td>
                        <BenefitsTag claim={claim} />
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
              what="claims"
            />
          </>
        )
      }
    </Loaded>
  );
}
