import { Link } from 'react-router';
import { listClaims } from '../../payments/api';
import { useLoad } from '../../api/useLoad';
import { ROLE_NAMES } from '../../auth/roles';
import { Shortcuts } from '../../components/links';
import { Loaded } from '../../components/Loaded';
import { Page } from '../../components/Page';
import { number } from '../../format';

export function CoordinatorHome() {
  const pending = useLoad('pending-claims', () =>
    listClaims({ status: 'PENDING' }, undefined, 100),
  );
  return (
    <Page title="Involvement coordination" caption={ROLE_NAMES.coordinator}>
      <h2 className="nhsuk-heading-m">The register and participation</h2>
      <Shortcuts
        links={[
          { to: '/people/new', label: 'Add a person to the register' },
          { to: '/participations/new', label: 'Record participation' },
        ]}
      />
      <p>
        <Link to="/people">See everyone in the register</Link>
      </p>
      <h2 className="nhsuk-heading-m">Claims</h2>
      <Loaded load={pending} what="claims awaiting approval">
        {(page) => {
          const count = page.items?.length ?? 0;
          const shown = page.nextCursor ? `More than ${number(count)}` : number(count);
          return (
            <div className="nhsuk-card">
              <div className="nhsuk-card__content">
                <h3 className="nhsuk-card__heading nhsuk-heading-xs">Claims awaiting approval</h3>
                <p className="app-stat">{shown}</p>
                <p className="nhsuk-card__description">
                  <Link to="/approvals">See claims awaiting approval</Link>
                </p>
              </div>
            </div>
          );
        }}
      </Loaded>
    </Page>
  );
}
