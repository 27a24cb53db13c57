import { useState, type FormEvent } from 'react';
import { listPeople, listProjects, recordParticipation } from '../api/calls';
import type { ActivityType, NewParticipation } from '../api/types';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { ACCESS, hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { SelectField, TextField, type Option } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { hours as formatHours, label } from '../format';

const FIELDS = ['personId', 'projectId', 'activityType', 'date', 'hours'] as const;
const ACTIVITIES: ActivityType[] = [
  'FOCUS_GROUP',
  'CO_PRODUCTION_WORKSHOP',
  'SURVEY',
  'INTERVIEW_PANEL',
  'MEETING',
  'PROJECT_TEAM_MEETING',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function today(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function RecordParticipationPage() {
  const me = useMe();
  // Only the register's keepers may list people; a QI lead types the person's register number.
  const mayListPeople = hasAnyRole(me.roles, ACCESS.people);
  const people = useLoad(`people-options:${mayListPeople}`, async (): Promise<Option[]> =>
    mayListPeople
      ? ((await listPeople(undefined, 100)).items ?? []).map((p) => ({
          value: p.id ?? '',
          label: `${p.displayName} (${label(p.personType).toLowerCase()})`,
        }))
      : [],
  );
  const projects = useLoad('project-options', async (): Promise<Option[]> =>
    ((await listProjects(undefined, 100)).items ?? []).map((p) => ({
      value: p.id ?? '',
      label: p.title ?? '',
    })),
  );
  const empty = { personId: '', projectId: '', activityType: '', date: today(), hours: '' };
  const [form, setForm] = useState(empty);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const [recorded, setRecorded] = useState<string>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const send = useSubmit(
    () =>
      recordParticipation(idempotencyKey, {
        personId: form.personId.trim(),
        projectId: form.projectId,
        activityType: form.activityType as ActivityType,
        date: form.date,
        hours: Number(form.hours),
      } satisfies NewParticipation),
    () => {
      setRecorded(formatHours(Number(form.hours)));
      setForm(empty);
      setIdempotencyKey(crypto.randomUUID());
    },
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof empty) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRecorded(undefined);
    const amount = Number(form.hours);
    const found = localProblem([
      ...required(form.personId, 'personId', 'Choose the person who took part'),
      ...(form.personId.trim() && !UUID.test(form.personId.trim())
        ? [{ field: 'personId', message: 'Enter the register number exactly as it is shown' }]
        : []),
      ...required(form.projectId, 'projectId', 'Choose the project'),
      ...required(form.activityType, 'activityType', 'Choose the kind of activity'),
      ...required(form.date, 'date', 'Enter the date of the session'),
      ...(form.hours.trim() === '' || !(amount > 0 && amount <= 24)
        ? [{ field: 'hours', message: 'Enter the time as a number of hours from 0.25 to 24' }]
        : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };

  return (
    <Page title="Record participation">
      <p>
        Record the time someone gave at a project session. A claim for their fee is raised for it.
      </p>
      {recorded && (
        <SuccessBanner title={`Participation recorded: ${recorded}`}>
          <p>You can record another below.</p>
        </SuccessBanner>
      )}
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <Loaded load={people} what="the register">
        {(personOptions) => (
          <Loaded load={projects} what="QI projects">
            {(projectOptions) => (
              <form onSubmit={submit} noValidate>
                {mayListPeople ? (
                  <SelectField
                    name="personId"
                    label="Who took part"
                    value={form.personId}
                    onChange={set('personId')}
                    options={personOptions}
                    error={errorFor(problem, 'personId')}
                  />
                ) : (
                  <TextField
                    name="personId"
                    label="Register number of the person who took part"
                    hint="Ask the involvement team for it. It looks like 5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10"
                    value={form.personId}
                    onChange={set('personId')}
                    error={errorFor(problem, 'personId')}
                  />
                )}
                <SelectField
                  name="projectId"
                  label="QI project"
                  value={form.projectId}
                  onChange={set('projectId')}
                  options={projectOptions}
                  error={errorFor(problem, 'projectId')}
                />
                <SelectField
                  name="activityType"
                  label="Kind of activity"
                  value={form.activityType}
                  onChange={set('activityType')}
                  options={ACTIVITIES.map((value) => ({ value, label: label(value) }))}
                  error={errorFor(problem, 'activityType')}
                />
                <TextField
                  name="date"
                  label="Date of the session"
                  type="date"
                  width={10}
                  value={form.date}
                  onChange={set('date')}
                  error={errorFor(problem, 'date')}
                />
                <TextField
                  name="hours"
                  label="Time given, in hours"
                  hint="For example, 2.5 for two and a half hours"
                  inputMode="decimal"
                  width={4}
                  value={form.hours}
                  onChange={set('hours')}
                  error={errorFor(problem, 'hours')}
                />
                <button type="submit" className="nhsuk-button" disabled={send.submitting}>
                  {send.submitting ? 'Recording…' : 'Record participation'}
                </button>
              </form>
            )}
          </Loaded>
        )}
      </Loaded>
    </Page>
  );
}
