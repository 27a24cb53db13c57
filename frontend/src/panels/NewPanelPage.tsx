import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useSubmit } from '../api/useSubmit';
import { TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { createPanel } from './api';

/** A coordinator sets up a panel; members, criteria and candidates are added on its page. */
export function NewPanelPage() {
  const navigate = useNavigate();
  const [form, setForm] = useState({ postTitle: '', interviewDate: '' });
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () => createPanel({ postTitle: form.postTitle.trim(), interviewDate: form.interviewDate }),
    (panel) => navigate(`/panels/${panel.id}`),
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.postTitle, 'postTitle', 'Enter the post the panel recruits for'),
      ...required(form.interviewDate, 'interviewDate', 'Enter the day of the interviews'),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <Page title="Set up an interview panel">
      {problem && (
        <ProblemSummary problem={problem} fields={['postTitle', 'interviewDate']} focus />
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          name="postTitle"
          label="Post"
          hint="For example, Ward manager, Rowan Ward"
          value={form.postTitle}
          onChange={(postTitle) => setForm((f) => ({ ...f, postTitle }))}
          error={errorFor(problem, 'postTitle')}
        />
        <TextField
          name="interviewDate"
          label="Day of the interviews"
          type="date"
          width={10}
          value={form.interviewDate}
          onChange={(interviewDate) => setForm((f) => ({ ...f, interviewDate }))}
          error={errorFor(problem, 'interviewDate')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Setting up…' : 'Set up the panel'}
        </button>
      </form>
    </Page>
  );
}
