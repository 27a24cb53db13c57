import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { dateTime } from '../format';
import { evaluateActivity, getActivity, getEvaluation, type Evaluation } from './api';

/** The five questions of 4Pi, each scored 1 (poor) to 5. */
const PRINCIPLES = [
  {
    name: 'principles',
    label: 'Principles',
    question: 'Were the values and principles of involvement upheld?',
  },
  { name: 'purpose', label: 'Purpose', question: 'Was the purpose clear, and achieved?' },
  {
    name: 'presence',
    label: 'Presence',
    question: 'Were the right people involved, and diverse voices heard?',
  },
  {
    name: 'process',
    label: 'Process',
    question: 'Did the way people were involved work for them?',
  },
  { name: 'impact', label: 'Impact', question: 'What difference did involvement make?' },
] as const;
type Score = (typeof PRINCIPLES)[number]['name'];
const FIELDS = [...PRINCIPLES.map((p) => p.name), 'notes'];
const SCORES = ['1', '2', '3', '4', '5'].map((value) => ({
  value,
  label: value === '1' ? '1 (poor)' : value === '5' ? '5 (excellent)' : value,
}));

export function EvaluationPage() {
  const { id = '' } = useParams();
  const activity = useLoad(`activity:${id}`, () => getActivity(id));
  const evaluation = useLoad(`evaluation:${id}`, () => getEvaluation(id));
  // Kept here: the form is remade from the saved evaluation after saving.
  const [saved, setSaved] = useState(false);
  return (
    <Page
      title="4Pi evaluation"
      caption={activity.status === 'done' ? activity.data.title : 'Activities'}
    >
      <p>
        <Link to={`/activities/${id}`}>Back to the activity</Link>
      </p>
      <p>
        Score how the activity went on each of the 4Pi National Involvement Standards, from 1 (poor)
        to 5 (excellent).
      </p>
      {saved && <SuccessBanner title="The evaluation was saved" focus />}
      <Loaded load={evaluation} what="the evaluation">
        {(current) => (
          <EvaluationForm
            key={current?.version ?? 'new'}
            activityId={id}
            current={current}
            reload={evaluation.reload}
            onSaved={() => {
              setSaved(true);
              evaluation.reload();
            }}
          />
        )}
      </Loaded>
    </Page>
  );
}

function EvaluationForm({
  activityId,
  current,
  reload,
  onSaved,
}: {
  activityId: string;
  current: Evaluation | null;
  reload: () => void;
  onSaved: () => void;
}) {
  const [scores, setScores] = useState<Record<Score, string>>(() => ({
    principles: current ? String(current.principles) : '',
    purpose: current ? String(current.purpose) : '',
    presence: current ? String(current.presence) : '',
    process: current ? String(current.process) : '',
    impact: current ? String(current.impact) : '',
  }));
  const [notes, setNotes] = useState(current?.notes ?? '');
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    () =>
      evaluateActivity(activityId, current?.version, {
        principles: Number(scores.principles),
        purpose: Number(scores.purpose),
        presence: Number(scores.presence),
        process: Number(scores.process),
        impact: Number(scores.impact),
        notes: notes.trim() || undefined,
      }),
    onSaved,
  );
  const problem =
    checked ??
    (send.problem?.status === 412
      ? new ApiProblem({
          title: 'Someone else changed the evaluation while you were looking',
          status: 412,
          detail: 'Reload it to see their scores, then make your changes again.',
        })
      : send.problem);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(
      PRINCIPLES.filter((p) => !scores[p.name]).map((p) => ({
        field: p.name,
        message: `Score ${p.label.toLowerCase()} from 1 to 5`,
      })),
    );
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      {current && (
        <p>Last evaluated {dateTime(current.evaluatedAt)}. Changing it replaces the scores.</p>
      )}
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload the evaluation
        </button>
      )}
      <form onSubmit={submit} noValidate>
        {PRINCIPLES.map((p) => (
          <RadiosField
            key={p.name}
            name={p.name}
            label={`${p.label}: ${p.question}`}
            value={scores[p.name]}
            onChange={(value) => setScores((s) => ({ ...s, [p.name]: value }))}
            options={SCORES}
            error={errorFor(problem, p.name)}
          />
        ))}
        <TextField
          name="notes"
          label="Notes (optional)"
          hint="What went well, what to do differently next time"
          multiline
          value={notes}
          onChange={setNotes}
          error={errorFor(problem, 'notes')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Save the evaluation
        </button>
      </form>
    </>
  );
}
