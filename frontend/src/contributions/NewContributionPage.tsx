import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSubmit } from '../api/useSubmit';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import type { Chosen } from '../meetings/people';
import { PersonPicker } from '../meetings/PersonPicker';
import { today } from '../meetings/time';
import { recordContribution, type ContributionKind, type NewContribution } from './api';
import { KINDS } from './words';

const FIELDS = ['personId', 'kind', 'text', 'contributedOn'];

/** A coordinator records what someone said ("you said"), to tell them back what was done. */
export function NewContributionPage() {
  const navigate = useNavigate();
  const [person, setPerson] = useState<Chosen[]>([]);
  const [form, setForm] = useState({ kind: '', text: '', contributedOn: today() });
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      recordContribution({
        personId: person[0]?.id ?? '',
        kind: form.kind as ContributionKind,
        text: form.text.trim(),
        contributedOn: form.contributedOn || undefined,
      } satisfies NewContribution),
    (recorded) => navigate(`/contributions/${recorded.id}`, { state: { recorded: true } }),
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...(person.length ? [] : [{ field: 'personId', message: 'Choose who said it' }]),
      ...required(form.kind, 'kind', 'Choose what kind of thing they said'),
      ...required(form.text, 'text', 'Write down what they said'),
      ...(form.contributedOn > today()
        ? [{ field: 'contributedOn', message: 'The day it was said cannot be in the future' }]
        : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <Page title="Record what someone said">
      <p>Record it in their words, so that you can tell them back what was done with it.</p>
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <PersonPicker
          name="personId"
          legend="Who said it"
          chosen={person}
          onChange={setPerson}
          error={errorFor(problem, 'personId')}
          single
        />
        <RadiosField
          name="kind"
          label="What was it?"
          value={form.kind}
          onChange={set('kind')}
          options={KINDS}
          error={errorFor(problem, 'kind')}
        />
        <TextField
          name="text"
          label="What they said"
          value={form.text}
          onChange={set('text')}
          error={errorFor(problem, 'text')}
          multiline
        />
        <TextField
          name="contributedOn"
          label="When they said it"
          hint="The tell-back is due 28 days after this"
          type="date"
          width={10}
          value={form.contributedOn}
          onChange={set('contributedOn')}
          error={errorFor(problem, 'contributedOn')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Recording…' : 'Record what they said'}
        </button>
      </form>
    </Page>
  );
}
