import { Link } from 'react-router';
import { ROLE_NAMES } from '../../auth/roles';
import { Page } from '../../components/Page';
import { ApprovalQueue } from '../../payments/ApprovalQueue';

export function FinanceHome() {
  return (
    <Page title="Claims awaiting approval" caption={ROLE_NAMES.finance}>
      <p>
        Fees are claimed when someone’s attendance is recorded, at the rate card in force on the
        day; people claim their expenses themselves. Open a claim to approve or reject it.
      </p>
      <ApprovalQueue />
      <ul className="nhsuk-list">
        <li>
          <Link to="/benefit-warnings">Benefits limit warnings</Link>
        </li>
        <li>
          <Link to="/claims">See all claims</Link>
        </li>
      </ul>
    </Page>
  );
}
