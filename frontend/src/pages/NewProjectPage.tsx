import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { createProject } from '../api/calls';
import type { NewProject, ProjectStatus } from '../api/types';
import { useSubmit } from '../api/useSubmit';
import { SelectField, TextField } from '../components/fields';
import { errorFor, localProblem, optional, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';

const FIELDS = ['title', 'aim', 'status', 'lifeQiCode'] as const;
const STATUSES: { value: ProjectStatus; label: string }[] = [
  { value: 'IDEA', label: 'Idea' },
  { value: 'PLANNING', label: 'Planning' },
  { value: 'TESTING', label: 'Testing changes' },
  { value: 'IMPLEMENTING', label: 'Implementing' },
  { value: 'SUSTAINING', label: 'Sustaining' },
  { value: 'CLOSED', label: 'Closed' },
];
const EMPTY = { title: '', aim: '', status: '', lifeQiCode: '' };

export function NewProjectPage() {
  const [form, setForm] = useState(EMPTY);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const [started, setStarted] = useState<string>();
  const send = useSubmit(
    () =>
      createProject({
        title: form.title.trim(),
        aim: form.aim.trim(),
        status: (optional(form.status) as ProjectStatus | undefined) ?? undefined,
        lifeQiCode: optional(form.lifeQiCode),
      } satisfies NewProject),
    () => {
      setStarted(form.title.trim());
      setForm(EMPTY);
    },
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStarted(undefined);
    const found = localProblem([
      ...required(form.title, 'title', 'Enter the project’s title'),
      ...required(form.aim, 'aim', 'Enter the project’s aim'),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };

  return (
    <Page title="Start a QI project">
      {started && (
        <SuccessBanner title={`“${started}” was started`}>
          <p>
            <Link to="/projects">See QI projects</Link>
          </p>
        </SuccessBanner>
      )}
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="title"
          label="Title"
          value={form.title}
          onChange={set('title')}
          error={errorFor(problem, 'title')}
        />
        <TextField
          name="aim"
          label="Aim"
          hint="What will improve, by how much, and by when. For example: cut missed appointments from 18% to 10% by March 2027."
          value={form.aim}
          onChange={set('aim')}
          error={errorFor(problem, 'aim')}
          multiline
        />
        <SelectField
          name="status"
          label="Stage (optional)"
          hint="If you do not choose, the project starts as an idea"
          value={form.status}
          onChange={set('status')}
          options={STATUSES}
          error={errorFor(problem, 'status')}
        />
        <TextField
          name="lifeQiCode"
          label="Life QI code (optional)"
          hint="For example, LQI-48213"
          value={form.lifeQiCode}
          onChange={set('lifeQiCode')}
          error={errorFor(problem, 'lifeQiCode')}
          width={10}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Starting the project…' : 'Start the project'}
        </button>
      </form>
    </Page>
  );
}
