import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { listPeople } from '../api/calls';
import type { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { SelectField, TextField, type Option } from '../components/fields';
import { errorFor, localProblem } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { hours } from '../format';
import {
  getAttendanceSheet,
  getFeedbackSummary,
  getSession,
  recordAttendanceSheet,
  type AttendanceSheet,
} from './api';
import type { Said } from './ActivityPages';
import {
  checkSheet,
  EMPTY_LINE,
  lineField,
  linesProblem,
  newSheet,
  sheetFields,
  withoutEmptyLines,
  type SheetLine,
} from './attendance';
import { sessionWords } from './words';

/** A session: who attended and for how long, recording the sheet, and what people thought. */
export function SessionPage() {
  const { id = '' } = useParams();
  const said = (useLocation().state as Said | null)?.said;
  const session = useLoad(`session:${id}`, () => getSession(id));
  const people = useLoad('people-options', async (): Promise<Option[]> =>
    ((await listPeople(undefined, 100)).items ?? []).map((p) => ({
      value: p.id ?? '',
      label: p.displayName ?? '',
    })),
  );
  const sheet = useLoad(`attendance:${id}`, () => getAttendanceSheet(id));
  return (
    <Page title="Session attendance" caption="Activities">
      <Loaded load={session} what="the session">
        {(s) => (
          <>
            <p>
              <Link to={`/activities/${s.activityId}`}>Back to the activity</Link>
            </p>
            <p className="nhsuk-body-l">{sessionWords(s)}</p>
            {said && <SuccessBanner title={said} />}
            <Loaded load={people} what="the register">
              {(options) => (
                <>
                  <Loaded load={sheet} what="the attendance sheet">
                    {(current) => <Attended sheet={current} people={options} />}
                  </Loaded>
                  <RecordSheet sessionId={id} people={options} onRecorded={sheet.reload} />
                </>
              )}
            </Loaded>
            <Feedback sessionId={id} />
          </>
        )}
      </Loaded>
    </Page>
  );
}

function nameOf(people: readonly Option[], personId: string): string {
  return people.find((p) => p.value === personId)?.label ?? 'Someone not in the first 100 people';
}

function Attended({ sheet, people }: { sheet: AttendanceSheet; people: Option[] }) {
  return (
    <>
      <h2 className="nhsuk-heading-m">Who attended</h2>
      {sheet.entries.length === 0 ? (
        <p>No attendance has been recorded yet.</p>
      ) : (
        <div className="app-table-scroll">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Who attended and their hours
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Time</th>
                <th scope="col">
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {sheet.entries.map((line) => (
                <tr key={line.participationId}>
                  <td>{nameOf(people, line.personId)}</td>
                  <td>{hours(line.hours)}</td>
                  <td>
                    <Link
                      to={`/participations/${line.participationId}/correction?session=${sheet.sessionId}`}
                    >
                      Correct the hours{' '}
                      <span className="nhsuk-u-visually-hidden">
                        of {nameOf(people, line.personId)}
                      </span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function RecordSheet({
  sessionId,
  people,
  onRecorded,
}: {
  sessionId: string;
  people: Option[];
  onRecorded: () => void;
}) {
  const [lines, setLines] = useState<SheetLine[]>([EMPTY_LINE]);
  const [checked, setChecked] = useState<ApiProblem>();
  const [recorded, setRecorded] = useState<string>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const send = useSubmit(
    (kept: SheetLine[]) => recordAttendanceSheet(idempotencyKey, sessionId, newSheet(kept)),
    (_, kept) => {
      setRecorded(
        `Attendance recorded for ${kept.length} ${kept.length === 1 ? 'person' : 'people'}`,
      );
      setLines([EMPTY_LINE]);
      setIdempotencyKey(crypto.randomUUID());
      onRecorded();
    },
  );
  const problem = checked ?? linesProblem(send.problem);
  const setLine = (index: number, part: keyof SheetLine) => (value: string) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, [part]: value } : line)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRecorded(undefined);
    const kept = withoutEmptyLines(lines);
    setLines(kept);
    const found = localProblem(checkSheet(kept));
    setChecked(found);
    if (!found) void send.submit(kept);
  };

  return (
    <>
      <h2 className="nhsuk-heading-m">Record attendance</h2>
      <p>
        One line for each person who attended, with their time. Either every line is recorded or, if
        one is wrong, none is: correct it and send the sheet again.
      </p>
      {recorded && <SuccessBanner title={recorded} focus />}
      {problem && <ProblemSummary problem={problem} fields={sheetFields(lines.length)} focus />}
      <form onSubmit={submit} noValidate aria-label="Record attendance">
        {lines.map((line, index) => (
          <fieldset className="nhsuk-fieldset" key={index}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              Line {index + 1}
            </legend>
            <SelectField
              name={lineField(index, 'personId')}
              label="Who attended"
              value={line.personId}
              onChange={setLine(index, 'personId')}
              options={people}
              error={errorFor(problem, lineField(index, 'personId'))}
            />
            <TextField
              name={lineField(index, 'hours')}
              label="Time, in hours"
              hint="For example, 1.5 for an hour and a half"
              inputMode="decimal"
              width={4}
              value={line.hours}
              onChange={setLine(index, 'hours')}
              error={errorFor(problem, lineField(index, 'hours'))}
            />
            {lines.length > 1 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
              >
                Remove line {index + 1}
              </button>
            )}
          </fieldset>
        ))}
        <div className="nhsuk-button-group">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setLines((all) => [...all, EMPTY_LINE])}
          >
            Add another person
          </button>
          <button type="submit" className="nhsuk-button" disabled={send.submitting}>
            Record attendance
          </button>
        </div>
      </form>
    </>
  );
}

function Feedback({ sessionId }: { sessionId: string }) {
  const summary = useLoad(`feedback-summary:${sessionId}`, () => getFeedbackSummary(sessionId));
  return (
    <>
      <h2 className="nhsuk-heading-m">What people thought</h2>
      <Loaded load={summary} what="feedback">
        {(s) =>
          s.responses === 0 ? (
            <p>Nobody has given feedback yet.</p>
          ) : (
            <p>
              {s.responses} {s.responses === 1 ? 'person' : 'people'} gave feedback. On average they
              rated the session {rating(s.averageOverall)} out of 5, and how useful it was{' '}
              {rating(s.averageUsefulness)} out of 5.
            </p>
          )
        }
      </Loaded>
    </>
  );
}

function rating(value: number | null | undefined): string {
  return value == null ? 'not known' : Number(value).toFixed(1);
}
