import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { listProjects } from '../api/calls';
import type { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { RadiosField, SelectField, TextField, type Option } from '../components/fields';
import { errorFor, localProblem, optional, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { label } from '../format';
import { listOpportunities } from '../opportunities/api';
import { instant } from '../opportunities/opportunityForm';
import {
  arrangeSession,
  getActivity,
  listSessions,
  planActivity,
  type Activity,
  type ActivityKind,
} from './api';
import { ACTIVITY_KINDS, LEVEL_NAMES, sessionWords } from './words';

/** What a screen that saved something tells the next one, through the router's state. */
export interface Said {
  said?: string;
}

const ACTIVITY_FIELDS = [
  'title',
  'activityType',
  'involvementLevel',
  'purpose',
  'projectId',
  'opportunityId',
] as const;

export function NewActivityPage() {
  const navigate = useNavigate();
  const options = useLoad('activity-options', async () => {
    const [projects, opportunities] = await Promise.all([
      listProjects(undefined, 100),
      listOpportunities({}, undefined, 100),
    ]);
    return {
      projects: (projects.items ?? []).map((p) => ({ value: p.id ?? '', label: p.title ?? '' })),
      opportunities: (opportunities.items ?? [])
        .filter((o) => o.status !== 'DRAFT')
        .map((o) => ({ value: o.id, label: o.title })),
    };
  });
  return (
    <Page title="Plan an activity" caption="Activities">
      <p>An activity is what people take part in; it can meet in one or more sessions.</p>
      <Loaded load={options} what="projects and opportunities">
        {({ projects, opportunities }) => (
          <ActivityForm
            projects={projects}
            opportunities={opportunities}
            onPlanned={(activity) =>
              navigate(`/activities/${activity.id}`, {
                state: { said: 'The activity was planned' } satisfies Said,
              })
            }
          />
        )}
      </Loaded>
    </Page>
  );
}

function ActivityForm({
  projects,
  opportunities,
  onPlanned,
}: {
  projects: Option[];
  opportunities: Option[];
  onPlanned: (activity: Activity) => void;
}) {
  const [form, setForm] = useState({
    title: '',
    activityType: '',
    involvementLevel: '',
    purpose: '',
    projectId: '',
    opportunityId: '',
  });
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    () =>
      planActivity({
        title: form.title.trim(),
        activityType: form.activityType as ActivityKind,
        involvementLevel: form.involvementLevel as 'BIG_I' | 'LITTLE_I',
        purpose: form.purpose.trim(),
        projectId: optional(form.projectId),
        opportunityId: optional(form.opportunityId),
      }),
    onPlanned,
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.title, 'title', 'Enter a title'),
      ...required(form.activityType, 'activityType', 'Choose the kind of activity'),
      ...required(form.involvementLevel, 'involvementLevel', 'Choose Big I or Little I'),
      ...required(form.purpose, 'purpose', 'Say what difference this will make'),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={ACTIVITY_FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="title"
          label="Title"
          value={form.title}
          onChange={set('title')}
          error={errorFor(problem, 'title')}
        />
        <SelectField
          name="activityType"
          label="Kind of activity"
          value={form.activityType}
          onChange={set('activityType')}
          options={ACTIVITY_KINDS.map((value) => ({ value, label: label(value) }))}
          error={errorFor(problem, 'activityType')}
        />
        <RadiosField
          name="involvementLevel"
          label="How far do people take part?"
          value={form.involvementLevel}
          onChange={set('involvementLevel')}
          options={[
            { value: 'BIG_I', label: 'Big I: people are members of the team and share decisions' },
            { value: 'LITTLE_I', label: 'Little I: people are consulted and give their views' },
          ]}
          error={errorFor(problem, 'involvementLevel')}
        />
        <TextField
          name="purpose"
          label="What difference this will make"
          multiline
          value={form.purpose}
          onChange={set('purpose')}
          error={errorFor(problem, 'purpose')}
        />
        <SelectField
          name="projectId"
          label="QI project (optional)"
          value={form.projectId}
          onChange={set('projectId')}
          options={projects}
          error={errorFor(problem, 'projectId')}
        />
        <SelectField
          name="opportunityId"
          label="Opportunity people were recruited through (optional)"
          value={form.opportunityId}
          onChange={set('opportunityId')}
          options={opportunities}
          error={errorFor(problem, 'opportunityId')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Plan the activity
        </button>
      </form>
    </>
  );
}

/** One activity: what it is for, its sessions, and arranging another. */
export function ActivityPage() {
  const { id = '' } = useParams();
  const said = (useLocation().state as Said | null)?.said;
  const activity = useLoad(`activity:${id}`, () => getActivity(id));
  return (
    <Page
      title={activity.status === 'done' ? activity.data.title : 'An activity'}
      caption="Activities"
    >
      <p>
        <Link to="/activities">All activities</Link>
      </p>
      {said && <SuccessBanner title={said} />}
      <Loaded load={activity} what="the activity">
        {(a) => (
          <>
            <dl className="nhsuk-summary-list">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Kind</dt>
                <dd className="nhsuk-summary-list__value">{label(a.activityType)}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Involvement</dt>
                <dd className="nhsuk-summary-list__value">{LEVEL_NAMES[a.involvementLevel]}</dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">What difference this will make</dt>
                <dd className="nhsuk-summary-list__value app-preserve-lines">{a.purpose}</dd>
              </div>
            </dl>
            <p>
              <Link to={`/activities/${a.id}/evaluation`}>
                4Pi evaluation<span className="nhsuk-u-visually-hidden"> of {a.title}</span>
              </Link>
            </p>
            <Sessions activityId={a.id} />
          </>
        )}
      </Loaded>
    </Page>
  );
}

const SESSION_FIELDS = ['startsAt', 'endsAt', 'online', 'location', 'accessInformation'] as const;

function Sessions({ activityId }: { activityId: string }) {
  const sessions = useLoad(`sessions:${activityId}`, () => listSessions(activityId));
  const empty = { startsAt: '', endsAt: '', where: '', location: '', accessInformation: '' };
  const [form, setForm] = useState(empty);
  const [checked, setChecked] = useState<ApiProblem>();
  const [arranged, setArranged] = useState<string>();
  const send = useSubmit(
    () =>
      arrangeSession(activityId, {
        startsAt: instant(form.startsAt) ?? '',
        endsAt: instant(form.endsAt) ?? '',
        online: form.where === 'online',
        location: optional(form.location),
        accessInformation: optional(form.accessInformation),
      }),
    (session) => {
      setArranged(`A session was arranged for ${sessionWords(session)}`);
      setForm(empty);
      sessions.reload();
    },
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof empty) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setArranged(undefined);
    const starts = instant(form.startsAt);
    const ends = instant(form.endsAt);
    const found = localProblem([
      ...(starts ? [] : [{ field: 'startsAt', message: 'Enter when the session starts' }]),
      ...(ends && starts && ends > starts
        ? []
        : [{ field: 'endsAt', message: 'Enter when it ends, after it starts' }]),
      ...required(form.where, 'online', 'Say whether it is in a place or online'),
      ...(form.where === 'place' ? required(form.location, 'location', 'Enter where it is') : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <h2 className="nhsuk-heading-m">Sessions</h2>
      <Loaded load={sessions} what="its sessions">
        {(page) =>
          (page.items ?? []).length === 0 ? (
            <p>No session has been arranged yet.</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {(page.items ?? []).map((s) => (
                <li key={s.id}>
                  <Link to={`/sessions/${s.id}`}>{sessionWords(s)}</Link>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <h2 className="nhsuk-heading-m">Arrange a session</h2>
      {arranged && <SuccessBanner title={arranged} focus />}
      {problem && <ProblemSummary problem={problem} fields={SESSION_FIELDS} focus />}
      <form onSubmit={submit} noValidate aria-label="Arrange a session">
        <TextField
          name="startsAt"
          label="Starts"
          type="datetime-local"
          value={form.startsAt}
          onChange={set('startsAt')}
          error={errorFor(problem, 'startsAt')}
        />
        <TextField
          name="endsAt"
          label="Ends"
          type="datetime-local"
          value={form.endsAt}
          onChange={set('endsAt')}
          error={errorFor(problem, 'endsAt')}
        />
        <RadiosField
          name="online"
          label="Where is it?"
          value={form.where}
          onChange={set('where')}
          options={[
            { value: 'place', label: 'In a place' },
            { value: 'online', label: 'Online' },
          ]}
          error={errorFor(problem, 'online')}
        />
        {form.where !== 'online' && (
          <TextField
            name="location"
            label="Where"
            value={form.location}
            onChange={set('location')}
            error={errorFor(problem, 'location')}
          />
        )}
        <TextField
          name="accessInformation"
          label="Access information (optional)"
          multiline
          value={form.accessInformation}
          onChange={set('accessInformation')}
          error={errorFor(problem, 'accessInformation')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Arrange the session
        </button>
      </form>
    </>
  );
}
