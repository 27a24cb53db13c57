import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSubmit } from '../api/useSubmit';
import { TextField } from '../components/fields';
import { errorFor, localProblem, optional } from '../components/forms';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { arrangeMeeting, type NewMeeting } from './api';
import type { Chosen } from './people';
import { PersonPicker } from './PersonPicker';
import { checkMeeting, EMPTY_MEETING as EMPTY, type AgendaDraft } from './checks';
import { instant } from './time';

const FIELDS = ['title', 'date', 'startsAt', 'endsAt', 'location', 'onlineLink', 'attendees'];

export function ArrangeMeetingPage() {
  const navigate = useNavigate();
  const [form, setForm] = useState(EMPTY);
  const [agenda, setAgenda] = useState<AgendaDraft[]>([{ key: 0, title: '', notes: '' }]);
  const [attendees, setAttendees] = useState<Chosen[]>([]);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      arrangeMeeting({
        title: form.title.trim(),
        startsAt: instant(form.date, form.startsAt) ?? '',
        endsAt: instant(form.date, form.endsAt) ?? '',
        location: optional(form.location),
        onlineLink: optional(form.onlineLink),
        agenda: agenda
          .filter((item) => item.title.trim())
          .map((item) => ({ title: item.title.trim(), notes: optional(item.notes) })),
        attendees: attendees.map((person) => person.id),
      } satisfies NewMeeting),
    (meeting) => navigate(`/meetings/${meeting.id}`, { state: { arranged: true } }),
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const setItem = (key: number, change: Partial<AgendaDraft>) =>
    setAgenda((items) => items.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const agendaFields = agenda.map((_, index) => `agenda[${index}].title`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(checkMeeting(form, agenda));
    setChecked(found);
    if (!found) void send.submit();
  };

  return (
    <Page title="Arrange a meeting">
      {problem && <ProblemSummary problem={problem} fields={[...FIELDS, ...agendaFields]} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="title"
          label="Title"
          hint="For example, Service user forum, March"
          value={form.title}
          onChange={set('title')}
          error={errorFor(problem, 'title')}
        />
        <TextField
          name="date"
          label="Date"
          type="date"
          width={10}
          value={form.date}
          onChange={set('date')}
          error={errorFor(problem, 'date')}
        />
        <TextField
          name="startsAt"
          label="Starts at"
          hint="UK time, for example 10:00"
          type="time"
          width={5}
          value={form.startsAt}
          onChange={set('startsAt')}
          error={errorFor(problem, 'startsAt')}
        />
        <TextField
          name="endsAt"
          label="Ends at"
          type="time"
          width={5}
          value={form.endsAt}
          onChange={set('endsAt')}
          error={errorFor(problem, 'endsAt')}
        />
        <TextField
          name="location"
          label="Where people meet (optional if it is online)"
          hint="For example, Room 3, Trust Headquarters"
          value={form.location}
          onChange={set('location')}
          error={errorFor(problem, 'location')}
        />
        <TextField
          name="onlineLink"
          label="Link to join online (optional)"
          hint="Starts with https://"
          value={form.onlineLink}
          onChange={set('onlineLink')}
          error={errorFor(problem, 'onlineLink')}
        />
        <h2 className="nhsuk-heading-m">Agenda</h2>
        {agenda.map((item, index) => (
          <fieldset className="nhsuk-fieldset" key={item.key}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              Agenda item {index + 1}
            </legend>
            <TextField
              name={`agenda[${index}].title`}
              label="What it is about"
              value={item.title}
              onChange={(title) => setItem(item.key, { title })}
              error={errorFor(problem, `agenda[${index}].title`)}
            />
            <TextField
              name={`agenda[${index}].notes`}
              label="Notes for the item (optional)"
              value={item.notes}
              onChange={(notes) => setItem(item.key, { notes })}
              error={errorFor(problem, `agenda[${index}].notes`)}
            />
            {agenda.length > 1 && (
              <p>
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => setAgenda((items) => items.filter((i) => i.key !== item.key))}
                >
                  Remove agenda item {index + 1}
                </button>
              </p>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() =>
            setAgenda((items) => [
              ...items,
              { key: Math.max(...items.map((i) => i.key), 0) + 1, title: '', notes: '' },
            ])
          }
        >
          Add another agenda item
        </button>
        <h2 className="nhsuk-heading-m">Who is coming</h2>
        <PersonPicker
          name="attendees"
          legend="People from the register"
          hint="You can change this after the meeting to record who actually came. Only they can read the minutes."
          chosen={attendees}
          onChange={setAttendees}
          error={errorFor(problem, 'attendees')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Arranging…' : 'Arrange the meeting'}
        </button>
      </form>
    </Page>
  );
}
