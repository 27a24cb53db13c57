import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { registerPerson } from '../api/calls';
import type { NewPerson, PersonType } from '../api/types';
import { useSubmit } from '../api/useSubmit';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem, optional, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';

const FIELDS = ['personType', 'displayName', 'email', 'phone'] as const;
const TYPES: { value: PersonType; label: string }[] = [
  { value: 'SERVICE_USER', label: 'Service user' },
  { value: 'CARER', label: 'Carer' },
  { value: 'FAMILY_MEMBER', label: 'Family member' },
  { value: 'STAKEHOLDER', label: 'Stakeholder' },
];
const EMPTY = { personType: '', displayName: '', email: '', phone: '' };

export function NewPersonPage() {
  const [form, setForm] = useState(EMPTY);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const [added, setAdded] = useState<string>();
  const send = useSubmit(
    () =>
      registerPerson({
        personType: form.personType as PersonType,
        displayName: form.displayName.trim(),
        email: optional(form.email),
        phone: optional(form.phone),
      } satisfies NewPerson),
    () => {
      setAdded(form.displayName.trim());
      setForm(EMPTY);
    },
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const found = localProblem([
      ...required(form.personType, 'personType', 'Choose who the person is'),
      ...required(
        form.displayName,
        'displayName',
        'Enter the name the person wants to be called by',
      ),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };

  return (
    <Page title="Add a person to the register">
      {added && (
        <SuccessBanner title={`${added} was added to the register`}>
          <p>
            <Link to="/participations/new">Record their participation</Link> or{' '}
            <Link to="/people">see the register</Link>.
          </p>
        </SuccessBanner>
      )}
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <RadiosField
          name="personType"
          label="Who are they?"
          value={form.personType}
          onChange={set('personType')}
          options={TYPES}
          error={errorFor(problem, 'personType')}
        />
        <TextField
          name="displayName"
          label="Name"
          hint="The name they want to be called by"
          value={form.displayName}
          onChange={set('displayName')}
          error={errorFor(problem, 'displayName')}
          autoComplete="off"
        />
        <TextField
          name="email"
          label="Email address (optional)"
          type="email"
          value={form.email}
          onChange={set('email')}
          error={errorFor(problem, 'email')}
        />
        <TextField
          name="phone"
          label="Phone number (optional)"
          type="tel"
          width={20}
          value={form.phone}
          onChange={set('phone')}
          error={errorFor(problem, 'phone')}
        />
        <p>Only record contact details the person agreed to give for their involvement.</p>
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Adding…' : 'Add to the register'}
        </button>
      </form>
    </Page>
  );
}
