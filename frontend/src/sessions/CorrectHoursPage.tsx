import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, hours, label } from '../format';
import { correctParticipation, getParticipation, type Participation } from './api';
import type { Said } from './ActivityPages';

const FIELDS = ['hours', 'reason'] as const;

/** Corrects the hours of one participation, with the reason kept alongside. */
export function CorrectHoursPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const sessionId = params.get('session');
  const back = sessionId ? `/sessions/${sessionId}` : '/activities';
  const participation = useLoad(`participation:${id}`, () => getParticipation(id));
  return (
    <Page title="Correct the hours" caption="Activities">
      <p>
        <Link to={back}>Back to the session</Link>
      </p>
      <Loaded load={participation} what="the participation">
        {(p) => (
          <CorrectionForm
            key={p.version}
            participation={p}
            back={back}
            reload={participation.reload}
          />
        )}
      </Loaded>
    </Page>
  );
}

function CorrectionForm({
  participation: p,
  back,
  reload,
}: {
  participation: Participation;
  back: string;
  reload: () => void;
}) {
  const navigate = useNavigate();
  const [form, setForm] = useState({ hours: String(p.hours), reason: '' });
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    () =>
      correctParticipation(p.id, p.version, {
        hours: Number(form.hours),
        reason: form.reason.trim(),
      }),
    (made) =>
      navigate(back, {
        state: {
          said: `The hours were corrected from ${hours(made.previousHours)} to ${hours(made.hours)}`,
        } satisfies Said,
      }),
  );
  const problem =
    checked ??
    (send.problem?.status === 412
      ? new ApiProblem({
          title: 'Someone else corrected these hours while you were looking',
          status: 412,
          detail: 'Reload to see the hours now, then correct them again if needed.',
        })
      : send.problem);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = Number(form.hours);
    const found = localProblem([
      ...(/^\d{1,2}(\.\d{1,2})?$/.test(form.hours.trim()) && amount > 0 && amount <= 24
        ? []
        : [{ field: 'hours', message: 'Enter hours from 0.25 to 24, with at most 2 decimals' }]),
      ...required(form.reason, 'reason', 'Say why the hours were wrong'),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <p>
        {label(p.activityType)} on {date(p.date)}: {hours(p.hours)} recorded now. The correction and
        its reason are kept, and the fee claim follows the new hours.
      </p>
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload
        </button>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          name="hours"
          label="The right time, in hours"
          inputMode="decimal"
          width={4}
          value={form.hours}
          onChange={(value) => setForm((f) => ({ ...f, hours: value }))}
          error={errorFor(problem, 'hours')}
        />
        <TextField
          name="reason"
          label="Why the hours were wrong"
          hint="For example, the workshop overran by half an hour"
          multiline
          value={form.reason}
          onChange={(value) => setForm((f) => ({ ...f, reason: value }))}
          error={errorFor(problem, 'reason')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Correct the hours
        </button>
      </form>
    </>
  );
}
