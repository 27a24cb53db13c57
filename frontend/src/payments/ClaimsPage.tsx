import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField } from '../components/fields';
import { Page } from '../components/Page';
import type { ClaimStatus } from './api';
import { ClaimList } from './ClaimList';

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
  const [chosen, setChosen] = useState<string>(status ?? '');
  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams(chosen ? { status: chosen } : {});
  };
  const shown = STATUSES.find((s) => s.value === status)?.label.toLowerCase();
  return (
    <Page title="Claims">
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
        filter={{ status }}
        caption={shown ? `Claims ${shown}, newest first` : 'All claims, newest first'}
        empty={shown ? `There are no claims ${shown}.` : 'There are no claims yet.'}
      />
    </Page>
  );
}
