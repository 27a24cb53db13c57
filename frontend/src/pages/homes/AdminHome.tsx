import { Link } from 'react-router';
import { ROLE_NAMES } from '../../auth/roles';
import { Page } from '../../components/Page';
import { IndicatorsSection } from '../IndicatorsPage';

export function AdminHome() {
  return (
    <Page title="Administration" caption={ROLE_NAMES.admin}>
      <h2 className="nhsuk-heading-m">What you can manage</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          <Link to="/people">The involvement register</Link> and{' '}
          <Link to="/people/new">adding a person</Link>
        </li>
        <li>
          <Link to="/projects">QI projects</Link> and <Link to="/projects/new">starting one</Link>
        </li>
        <li>
          <Link to="/participations/new">Recording participation</Link>
        </li>
        <li>
          <Link to="/claims">Claims</Link> and{' '}
          <Link to="/benefit-warnings">benefits limit warnings</Link>
        </li>
        <li>
          <Link to="/rate-cards">Rate cards</Link>, <Link to="/cost-centres">cost centres</Link> and{' '}
          <Link to="/payment-exports">payment exports</Link>
        </li>
      </ul>
      <h2 className="nhsuk-heading-m">Indicators</h2>
      <IndicatorsSection headingLevel={3} />
    </Page>
  );
}
