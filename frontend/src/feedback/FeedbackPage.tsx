import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/problem';
import { useSubmit } from '../api/useSubmit';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { giveFeedback } from './api';
import { feedbackProblem, RATINGS } from './ratings';

const FIELDS = ['overall', 'usefulness', 'comment'] as const;

/** "Tell us how it went": a volunteer rates a session they attended, once. */
export function FeedbackPage() {
  const { sessionId = '' } = useParams();
  const [form, setForm] = useState({ overall: '', usefulness: '', comment: '' });
  const [checked, setChecked] = useState<ApiProblem>();
  const [given, setGiven] = useState(false);
  const send = useSubmit(
    () =>
      giveFeedback(sessionId, {
        overall: Number(form.overall),
        usefulness: Number(form.usefulness),
        comment: form.comment.trim() || undefined,
      }),
    () => setGiven(true),
  );
  const problem = checked ?? feedbackProblem(send.problem);
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...(form.overall ? [] : [{ field: 'overall', message: 'Choose how the session was' }]),
      ...(form.usefulness
        ? []
        : [{ field: 'usefulness', message: 'Choose how useful the session was' }]),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <Page title="Tell us how it went" caption="My sessions">
      <p>
        <Link to="/my-sessions">Back to my sessions</Link>
      </p>
      {given ? (
        <SuccessBanner title="Thank you for your feedback" focus>
          <p>It helps us make sessions better. Staff see it without your name.</p>
        </SuccessBanner>
      ) : (
        <>
          <p>Your answers are shown to staff without your name, so please be honest.</p>
          {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
          <form onSubmit={submit} noValidate>
            <RadiosField
              name="overall"
              label="How was the session?"
              value={form.overall}
              onChange={set('overall')}
              options={RATINGS.overall}
              error={errorFor(problem, 'overall')}
            />
            <RadiosField
              name="usefulness"
              label="How useful was it?"
              value={form.usefulness}
              onChange={set('usefulness')}
              options={RATINGS.usefulness}
              error={errorFor(problem, 'usefulness')}
            />
            <TextField
              name="comment"
              label="Anything else you want to tell us (optional)"
              multiline
              value={form.comment}
              onChange={set('comment')}
              error={errorFor(problem, 'comment')}
            />
            <button type="submit" className="nhsuk-button" disabled={send.submitting}>
              Send feedback
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
