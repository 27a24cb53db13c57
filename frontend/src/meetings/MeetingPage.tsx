import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem, optional, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, dateTime } from '../format';
import {
  addAction,
  changeActionStatus,
  draftMinutes,
  getMeeting,
  publishMinutes,
  recordAttendees,
  type Meeting,
  type MeetingAction,
  type NewMeetingAction,
} from './api';
import { MEETING_ACCESS } from './access';
import { where } from './format';
import { nameOf, usePersonNames, type Chosen } from './people';
import { PersonPicker } from './PersonPicker';
import { ActionStatusTag, MinutesTag } from './words';

/** One meeting: staff run it from here; an attendee reads its published minutes and actions. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const staff = hasAnyRole(me.roles, MEETING_ACCESS.arrange);
  const meeting = useLoad(`meeting:${id}`, () => getMeeting(id));
  // A change answers with the meeting as it now is: shown as it is, without loading it again
  // (which would also reset the forms and their confirmations).
  const [latest, setLatest] = useState<Meeting>();
  const reload = () => {
    setLatest(undefined);
    meeting.reload();
  };
  const arranged = (useLocation().state as { arranged?: boolean } | null)?.arranged;
  const title = meeting.status === 'done' ? (meeting.data.title ?? 'Meeting') : 'Meeting';
  return (
    <Page title={title}>
      {arranged && (
        <SuccessBanner title="The meeting was arranged">
          <p>Write the minutes and record actions below, during or after the meeting.</p>
        </SuccessBanner>
      )}
      <Loaded load={meeting} what="the meeting">
        {(m) => (
          <MeetingDetails
            meeting={latest?.id === m.id ? latest! : m}
            staff={staff}
            reload={reload}
            update={setLatest}
          />
        )}
      </Loaded>
    </Page>
  );
}

interface DetailsProps {
  meeting: Meeting;
  staff: boolean;
  reload: () => void;
  /** Shows the meeting a change answered with. */
  update: (meeting: Meeting) => void;
}

function MeetingDetails({ meeting, staff, reload, update }: DetailsProps) {
  const owners = (meeting.actions ?? []).map((a) => a.ownerPersonId);
  const names = usePersonNames([...(meeting.attendees ?? []), ...owners]);
  const published = meeting.minutesStatus === 'PUBLISHED';
  return (
    <>
      <dl className="nhsuk-summary-list">
        <Row term="When">
          {dateTime(meeting.startsAt)} to {dateTime(meeting.endsAt)}
        </Row>
        <Row term="Where">{where(meeting)}</Row>
        {meeting.onlineLink && (
          <Row term="Join online">
            <a href={meeting.onlineLink}>{meeting.onlineLink}</a>
          </Row>
        )}
        <Row term="Minutes">
          <MinutesTag status={meeting.minutesStatus} />
          {published && ` on ${dateTime(meeting.minutesPublishedAt)}`}
        </Row>
      </dl>
      <h2 className="nhsuk-heading-m">Agenda</h2>
      {(meeting.agenda ?? []).length === 0 ? (
        <p>There is no agenda.</p>
      ) : (
        <ol className="nhsuk-list nhsuk-list--number">
          {(meeting.agenda ?? []).map((item, index) => (
            <li key={index}>
              {item.title}
              {item.notes && <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">{item.notes}</p>}
            </li>
          ))}
        </ol>
      )}
      {staff && <Attendees meeting={meeting} names={names} update={update} />}
      <h2 className="nhsuk-heading-m">Minutes</h2>
      {published ? (
        <p className="app-prose">{meeting.minutes}</p>
      ) : staff ? (
        <MinutesEditor meeting={meeting} update={update} />
      ) : (
        <p>The minutes are not published yet.</p>
      )}
      <h2 className="nhsuk-heading-m">Actions</h2>
      <Actions meeting={meeting} names={names} staff={staff} reload={reload} />
      {staff && <NewAction meetingId={meeting.id ?? ''} reload={reload} />}
      <p>
        <Link to={staff ? '/meetings' : '/my-involvement'}>
          {staff ? 'Back to meetings' : 'Back to my involvement'}
        </Link>
      </p>
    </>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{term}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

interface ChangeProps {
  meeting: Meeting;
  update: (meeting: Meeting) => void;
}

function Attendees({ meeting, names, update }: ChangeProps & { names: Record<string, string> }) {
  const [changing, setChanging] = useState<Chosen[]>();
  const send = useSubmit(
    () =>
      recordAttendees(
        meeting,
        (changing ?? []).map((p) => p.id),
      ),
    (changed) => {
      setChanging(undefined);
      update(changed);
    },
  );
  const attendees = meeting.attendees ?? [];
  return (
    <>
      <h2 className="nhsuk-heading-m">Who attended</h2>
      {send.problem && <ProblemSummary problem={send.problem} fields={['attendees']} focus />}
      {changing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send.submit();
          }}
          noValidate
        >
          <PersonPicker
            name="attendees"
            legend="People who attended"
            hint="Only they can read the minutes once they are published"
            chosen={changing}
            onChange={setChanging}
            error={errorFor(send.problem, 'attendees')}
          />
          <div className="nhsuk-button-group">
            <button type="submit" className="nhsuk-button" disabled={send.submitting}>
              Save who attended
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setChanging(undefined)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {attendees.length === 0 ? (
            <p>Nobody is recorded yet.</p>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {attendees.map((id) => (
                <li key={id}>{nameOf(names, id)}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() =>
              setChanging(attendees.map((id) => ({ id, displayName: nameOf(names, id) })))
            }
          >
            Change who attended
          </button>
        </>
      )}
    </>
  );
}

function MinutesEditor({ meeting, update }: ChangeProps) {
  const [text, setText] = useState(meeting.minutes ?? '');
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const [saved, setSaved] = useState(false);
  const save = useSubmit(
    () => draftMinutes(meeting, text.trim()),
    (changed) => {
      setSaved(true);
      update(changed);
    },
  );
  const publish = useSubmit(() => publishMinutes(meeting), update);
  const problem = checked ?? save.problem ?? publish.problem;
  const changed = text.trim() !== (meeting.minutes ?? '').trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found = localProblem(required(text, 'text', 'Write the minutes before saving them'));
    setChecked(found);
    if (!found) void save.submit();
  };
  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={['text']} focus />}
      {saved && !changed && (
        <p className="nhsuk-body" role="status">
          The draft minutes are saved.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          name="text"
          label="Draft minutes"
          hint="Only staff see the draft. Attendees read the minutes once you publish them."
          value={text}
          onChange={setText}
          error={errorFor(problem, 'text')}
          multiline
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={save.submitting}
        >
          {save.submitting ? 'Saving…' : 'Save the draft'}
        </button>
      </form>
      {meeting.minutesStatus === 'DRAFT' && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Publishing is final
          </h3>
          <p>
            Once published, the minutes cannot be changed, and everyone who attended can read them
            and the actions.
            {changed && ' Save your changes first: the saved draft is what gets published.'}
          </p>
          <button
            type="button"
            className="nhsuk-button"
            disabled={publish.submitting || changed}
            onClick={() => void publish.submit()}
          >
            {publish.submitting ? 'Publishing…' : 'Publish the minutes'}
          </button>
        </div>
      )}
    </>
  );
}

function Actions({
  meeting,
  names,
  staff,
  reload,
}: Omit<DetailsProps, 'update'> & { names: Record<string, string> }) {
  const actions = meeting.actions ?? [];
  if (actions.length === 0) {
    return <p>{staff ? 'No actions are recorded yet.' : 'There are no actions.'}</p>;
  }
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          Actions agreed at the meeting
        </caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Who</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {actions.map((action) => (
            <tr key={action.id}>
              <td>{action.description}</td>
              <td>
                {action.ownerPersonId ? nameOf(names, action.ownerPersonId) : action.ownerAccountId}
              </td>
              <td>{action.dueOn ? date(action.dueOn) : 'No date'}</td>
              <td>
                <ActionStatusTag status={action.status} />
                {staff && <StatusButton action={action} reload={reload} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StatusButton({ action, reload }: { action: MeetingAction; reload: () => void }) {
  const next = action.status === 'DONE' ? 'OPEN' : 'DONE';
  const send = useSubmit(() => changeActionStatus(action, next), reload);
  return (
    <>
      {' '}
      <button
        type="button"
        className="app-link-button"
        disabled={send.submitting}
        onClick={() => void send.submit()}
      >
        {next === 'DONE' ? 'Mark done' : 'Reopen'}
        <span className="nhsuk-u-visually-hidden">:</span>{' '}
        <span className="nhsuk-u-visually-hidden">{action.description}</span>
      </button>
      {send.problem && <ProblemSummary problem={send.problem} />}
    </>
  );
}

const OWNERS = [
  { value: 'person', label: 'Someone in the register' },
  { value: 'staff', label: 'A member of staff' },
];
const NO_ACTION = { description: '', owner: '', ownerAccountId: '', dueOn: '' };

function NewAction({ meetingId, reload }: { meetingId: string; reload: () => void }) {
  const [form, setForm] = useState(NO_ACTION);
  const [person, setPerson] = useState<Chosen[]>([]);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      addAction(meetingId, {
        description: form.description.trim(),
        ownerPersonId: form.owner === 'person' ? person[0]?.id : undefined,
        ownerAccountId: form.owner === 'staff' ? optional(form.ownerAccountId) : undefined,
        dueOn: optional(form.dueOn),
      } satisfies NewMeetingAction),
    () => {
      setForm(NO_ACTION);
      setPerson([]);
      reload();
    },
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof NO_ACTION) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.description, 'description', 'Describe the action'),
      ...required(form.owner, 'owner', 'Choose who will do it'),
      ...(form.owner === 'person' && person.length === 0
        ? [{ field: 'ownerPersonId', message: 'Choose the person who will do it' }]
        : []),
      ...(form.owner === 'staff'
        ? required(
            form.ownerAccountId,
            'ownerAccountId',
            'Enter the user name of the member of staff',
          )
        : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <h3 className="nhsuk-heading-s">Add an action</h3>
      {problem && (
        <ProblemSummary
          problem={problem}
          fields={['description', 'owner', 'ownerPersonId', 'ownerAccountId', 'dueOn']}
          focus
        />
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          name="description"
          label="What will be done"
          value={form.description}
          onChange={set('description')}
          error={errorFor(problem, 'description')}
          multiline
        />
        <RadiosField
          name="owner"
          label="Who will do it"
          value={form.owner}
          onChange={set('owner')}
          options={OWNERS}
          error={errorFor(problem, 'owner')}
        />
        {form.owner === 'person' && (
          <PersonPicker
            name="ownerPersonId"
            legend="The person who will do it"
            chosen={person}
            onChange={setPerson}
            error={errorFor(problem, 'ownerPersonId')}
            single
          />
        )}
        {form.owner === 'staff' && (
          <TextField
            name="ownerAccountId"
            label="Their Coproduce user name"
            hint="For example, cora.coordinator"
            value={form.ownerAccountId}
            onChange={set('ownerAccountId')}
            error={errorFor(problem, 'ownerAccountId')}
          />
        )}
        <TextField
          name="dueOn"
          label="Due by (optional)"
          type="date"
          width={10}
          value={form.dueOn}
          onChange={set('dueOn')}
          error={errorFor(problem, 'dueOn')}
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={send.submitting}
        >
          {send.submitting ? 'Adding…' : 'Add the action'}
        </button>
      </form>
    </>
  );
}
