import { useLocation } from 'react-router';
import { useLoad, usePagedList } from '../api/useLoad';
import { ShowMore, Shortcuts, SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { StatusTag } from '../components/Tag';
import { pounds } from '../format';
import { OwnRecord } from '../people/OwnRecord';
import type { Said } from '../sessions/ActivityPages';
import { getPayeeTotals, getWeeklyEarnings, listClaims, type Claim } from './api';
import { BenefitsWarning } from './BenefitsWarning';
import { ClaimLines } from './ClaimParts';
import { claimName } from './words';

/** A volunteer's payments: totals per tax year, their claims and what to do next. */
export function MyPaymentsPage() {
  const said = (useLocation().state as Said | null)?.said;
  return (
    <Page title="My payments">
      {said && <SuccessBanner title={said} />}
      <Shortcuts
        links={[
          { to: '/my-payments/expense', label: 'Claim an expense' },
          { to: '/my-payments/how-i-am-paid', label: 'How I am paid' },
        ]}
      />
      <OwnRecord what="your payments">{(personId) => <Payments personId={personId} />}</OwnRecord>
    </Page>
  );
}

function Payments({ personId }: { personId: string }) {
  const totals = useLoad(`payee-totals:${personId}`, () => getPayeeTotals(personId));
  const weeks = useLoad(`weekly-earnings:${personId}`, () => getWeeklyEarnings(personId));
  const claims = usePagedList<Claim>(`my-claims:${personId}`, (cursor) =>
    listClaims({ personId }, cursor),
  );
  return (
    <>
      {weeks.status === 'done' &&
        weeks.data
          .filter((week) => week.overLimit)
          .map((week) => <BenefitsWarning key={week.weekStart} week={week} whose="your" />)}
      <h2 className="nhsuk-heading-m">Paid to you each tax year</h2>
      <p>
        Fees and expenses approved or awaiting approval, less anything taken back. A tax year runs
        from 6 April to 5 April.
      </p>
      <Loaded load={totals} what="your totals">
        {(years) =>
          years.length === 0 ? (
            <p>Nothing has been claimed for you yet.</p>
          ) : (
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Your totals per tax year
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Tax year</th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Total
                    </th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Paid
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {years.map((year) => (
                    <tr key={year.taxYear}>
                      <td>{year.taxYear?.replace('-', ' to ')}</td>
                      <td className="nhsuk-table__cell--numeric">{pounds(year.amountPence)}</td>
                      <td className="nhsuk-table__cell--numeric">{pounds(year.paidPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      <h2 className="nhsuk-heading-m">Your claims</h2>
      <Loaded load={claims.first} what="your claims">
        {() =>
          claims.items.length === 0 ? (
            <p>
              You have no claims yet. A fee is claimed for you when your attendance is recorded.
            </p>
          ) : (
            <>
              <ul className="nhsuk-list">
                {claims.items.map((claim) => (
                  <li key={claim.id} className="nhsuk-card">
                    <div className="nhsuk-card__content">
                      <h3 className="nhsuk-card__heading nhsuk-heading-s">{claimName(claim)}</h3>
                      <p>
                        {pounds(claim.amountPence)} <StatusTag status={claim.status} />
                      </p>
                      {claim.status === 'REJECTED' && claim.decisions?.at(-1)?.reason && (
                        <p>Why it was not approved: {claim.decisions.at(-1)?.reason}</p>
                      )}
                      <ClaimLines claim={claim} caption="What the claim is made of" />
                    </div>
                  </li>
                ))}
              </ul>
              {claims.moreProblem && <ProblemSummary problem={claims.moreProblem} />}
              <ShowMore
                hasMore={claims.hasMore}
                loading={claims.loadingMore}
                onClick={claims.loadMore}
                what="claims"
              />
            </>
          )
        }
      </Loaded>
    </>
  );
}
