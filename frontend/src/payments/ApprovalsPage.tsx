import { Link } from 'react-router';
import { Page } from '../components/Page';
import { ApprovalQueue } from './ApprovalQueue';

/** Claims awaiting approval, for coordinators and finance. */
export function ApprovalsPage() {
  return (
    <Page title="Claims awaiting approval">
      <p>
        Open a claim to approve or reject it. Nobody decides on a claim they recorded, corrected or
        submitted, and each approver has a limit per claim.
      </p>
      <ApprovalQueue />
      <p>
        <Link to="/benefit-warnings">Benefits limit warnings</Link>
      </p>
      <p>
        <Link to="/claims">See all claims</Link>
      </p>
    </Page>
  );
}
