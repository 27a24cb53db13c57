import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { Shortcuts } from '../components/links';
import { SelectField } from '../components/fields';
import { Page } from '../components/Page';
import type { ClaimStatus } from './api';
import { PAYMENT_ACCESS } from './access';
import { ClaimList } from './ClaimList';
import { PersonName } from './PersonName';

const STATUSES: { value: ClaimStatus; label: string }[] = [
  { value: 'PENDING', label: 'Awaiting approval' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'REJECTED', label: 'Rejected' },
];

function isStatus(value: string | null): value is ClaimStatus {
  return STATUSES.some((status) => status.value === value);
}

export function ClaimsPage() {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get('status');
  const status = isStatus(fromUrl) ? fromUrl : undefined;
  const personId = params.get('personId') ?? undefined;
  const [chosen, setChosen] = useState<string>(status ?? '');
  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams({ ...(chosen ? { status: chosen } : {}), ...(personId ? { personId } : {}) });
  };
  const shown = STATUSES.find((s) => s.value === status)?.label.toLowerCase();
  return (
    <Page title="Claims">
      <StaffShortcuts />
      {personId && (
        <p>
          Claims of one person: <PersonName personId={personId} />.{' '}
          <Link to="/claims">See everyone’s claims</Link>
        </p>
      )}
      <form onSubmit={show} noValidate>
        <SelectField
          name="status"
          label="Show claims that are"
          hint="Leave as “Choose…” to see every claim"
          value={chosen}
          onChange={setChosen}
          options={STATUSES}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Show claims
        </button>
      </form>
      <ClaimList
        filter={{ status, personId }}
        linked
        caption={shown ? `Claims ${shown}, newest first` : 'All claims, newest first'}
        empty={shown ? `There are no claims ${shown}.` : 'There are no claims yet.'}
      />
    </Page>
  );
}

function StaffShortcuts() {
  const me = useMe();
  const links = [
    ...(hasAnyRole(me.roles, PAYMENT_ACCESS.decide)
      ? [{ to: '/approvals', label: 'Claims awaiting approval' }]
      : []),
    { to: '/benefit-warnings', label: 'Benefits limit warnings' },
  ];
  return <Shortcuts links={links} />;
}
