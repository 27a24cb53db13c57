import { Link } from 'react-router';
import { useLoad } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { date, pounds } from '../format';
import { listBenefitWarnings } from './api';
import { PersonName } from './PersonName';

/**
 * People who receive benefits whose fees in a week pass their limit, latest week first, so staff
 * can talk to them before the fees are paid.
 */
export function BenefitWarningsPage() {
  const warnings = useLoad('benefit-warnings', listBenefitWarnings);
  return (
    <Page title="Benefits limit warnings">
      <p>
        People who told us they receive benefits, in the weeks (Monday to Sunday) of the last 12
        when their fees, approved or awaiting approval, pass the weekly limit. Expenses do not
        count. Talk to them before their fees are paid: they may prefer to be paid less, in
        vouchers, or not at all.
      </p>
      <Loaded load={warnings} what="benefits limit warnings">
        {(items) =>
          items.length === 0 ? (
            <p>Nobody’s fees pass their weekly limit.</p>
          ) : (
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Weeks over the limit, latest first
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Claims</th>
                    <th scope="col">Week of</th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Fees
                    </th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Limit
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {items.map((warning) => (
                    <tr key={`${warning.personId}:${warning.weekStart}`}>
                      <td>
                        <PersonName personId={warning.personId} />
                      </td>
                      <td>
                        <Link to={`/claims?personId=${warning.personId}`}>
                          Their claims
                          <span className="nhsuk-u-visually-hidden">
                            {' '}
                            for the week of {date(warning.weekStart)}
                          </span>
                        </Link>
                      </td>
                      <td>{date(warning.weekStart)}</td>
                      <td className="nhsuk-table__cell--numeric">{pounds(warning.earnedPence)}</td>
                      <td className="nhsuk-table__cell--numeric">{pounds(warning.limitPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </Page>
  );
}
