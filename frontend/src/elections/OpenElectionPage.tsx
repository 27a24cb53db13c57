import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSubmit } from '../api/useSubmit';
import { TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { instant } from '../meetings/time';
import { openElection, type NewElection } from './api';
import { checkElection, EMPTY_ELECTION } from './checks';

const FIELDS = [
  'roleTitle',
  'seats',
  'termMonths',
  'nominationsOpenAt',
  'nominationsCloseAt',
  'votingOpenAt',
  'votingCloseAt',
];

/** A coordinator opens an election for an ambassador role, with its four dates. */
export function OpenElectionPage() {
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY_ELECTION);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      openElection({
        roleTitle: form.roleTitle.trim(),
        seats: Number(form.seats),
        termMonths: Number(form.termMonths),
        schedule: {
          nominationsOpenAt: instant(form.nominationsOpenAt, '09:00') ?? '',
          nominationsCloseAt: instant(form.nominationsCloseAt, '17:00') ?? '',
          votingOpenAt: instant(form.votingOpenAt, '09:00') ?? '',
          votingCloseAt: instant(form.votingCloseAt, '17:00') ?? '',
        },
      } satisfies NewElection),
    (opened) => navigate(`/elections/${opened.id}`),
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof EMPTY_ELECTION) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.roleTitle, 'roleTitle', 'Enter the ambassador role'),
      ...checkElection(form),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  const dateField = (name: keyof typeof EMPTY_ELECTION, label: string, hint: string) => (
    <TextField
      name={name}
      label={label}
      hint={hint}
      type="date"
      width={10}
      value={form[name]}
      onChange={set(name)}
      error={errorFor(problem, name) ?? errorFor(problem, `schedule.${name}`)}
    />
  );
  return (
    <Page title="Open an election">
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="roleTitle"
          label="Ambassador role"
          hint="For example, Patient and carer ambassador"
          value={form.roleTitle}
          onChange={set('roleTitle')}
          error={errorFor(problem, 'roleTitle')}
        />
        <TextField
          name="seats"
          label="How many ambassadors are elected"
          inputMode="numeric"
          width={2}
          value={form.seats}
          onChange={set('seats')}
          error={errorFor(problem, 'seats')}
        />
        <TextField
          name="termMonths"
          label="Length of a term, in months"
          inputMode="numeric"
          width={2}
          value={form.termMonths}
          onChange={set('termMonths')}
          error={errorFor(problem, 'termMonths')}
        />
        {dateField('nominationsOpenAt', 'Nominations open', 'At 9am on this day')}
        {dateField('nominationsCloseAt', 'Nominations close', 'At 5pm on this day')}
        {dateField('votingOpenAt', 'Voting opens', 'At 9am on this day')}
        {dateField('votingCloseAt', 'Voting closes', 'At 5pm on this day')}
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Opening…' : 'Open the election'}
        </button>
      </form>
    </Page>
  );
}
