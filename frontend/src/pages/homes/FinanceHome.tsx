import { Link } from 'react-router';
import { ROLE_NAMES } from '../../auth/roles';
import { Page } from '../../components/Page';
import { ClaimList } from '../../payments/ClaimList';

export function FinanceHome() {
  return (
    <Page title="Claims awaiting approval" caption={ROLE_NAMES.finance}>
      <p>
        Claims are raised by Coproduce when someone’s attendance is recorded, at the rate card in
        force on the day. Approving and rejecting claims is not available in Coproduce yet.
      </p>
      <ClaimList
        filter={{ status: 'PENDING' }}
        caption="Claims awaiting approval, newest first"
        empty="There are no claims awaiting approval."
      />
      <p>
        <Link to="/claims">See all claims</Link>
      </p>
    </Page>
  );
}
