import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { RadiosField, SelectField, TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date } from '../format';
import { nameOf, usePersonNames, type Chosen } from '../meetings/people';
import { PersonPicker } from '../meetings/PersonPicker';
import { PANEL_ACCESS } from './access';
import {
  addCandidate,
  addMember,
  changeScore,
  closePanel,
  getPanel,
  getSummary,
  listScores,
  proposeCriterion,
  scoreCandidate,
  type Panel,
  type Score,
} from './api';

const SCORES = [
  { value: '1', label: '1 – poor' },
  { value: '2', label: '2 – weak' },
  { value: '3', label: '3 – fair' },
  { value: '4', label: '4 – good' },
  { value: '5', label: '5 – excellent' },
];

/** One panel: its coordinator sets it up and reads the summary; members score the candidates. */
export function PanelPage() {
  const { id = '' } = useParams();
  const panel = useLoad(`panel:${id}`, () => getPanel(id));
  const title = panel.status === 'done' ? (panel.data.postTitle ?? 'Panel') : 'Panel';
  return (
    <Page title={title} caption="Interview panel">
      <Loaded load={panel} what="the panel">
        {(p) => <PanelDetails panel={p} reload={panel.reload} />}
      </Loaded>
      <p>
        <Link to="/panels">Back to interview panels</Link>
      </p>
    </Page>
  );
}

interface Props {
  panel: Panel;
  reload: () => void;
}

function PanelDetails({ panel, reload }: Props) {
  const me = useMe();
  const runs = hasAnyRole(me.roles, PANEL_ACCESS.run);
  const members = panel.members ?? [];
  const names = usePersonNames(runs ? members.map((m) => m.personId) : []);
  const mine = members.find((m) => m.personId && m.personId === me.personId);
  const open = !panel.closed;
  return (
    <>
      <dl className="nhsuk-summary-list">
        <Row term="Interviews">{date(panel.interviewDate)}</Row>
        <Row term="Scoring">{panel.closed ? `Closed on ${date(panel.closedAt)}` : 'Open'}</Row>
      </dl>
      <h2 className="nhsuk-heading-m">Members</h2>
      {members.length === 0 ? (
        <p>Nobody is on the panel yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {members.map((m) => (
            <li key={m.id}>
              {m === mine
                ? 'You'
                : m.personId
                  ? runs
                    ? nameOf(names, m.personId)
                    : 'A service user or carer'
                  : runs
                    ? `Staff: ${m.accountId}`
                    : 'A member of staff'}
            </li>
          ))}
        </ul>
      )}
      {runs && open && <NewMember panelId={panel.id ?? ''} reload={reload} />}
      <h2 className="nhsuk-heading-m">What candidates are scored on</h2>
      {(panel.criteria ?? []).length === 0 ? (
        <p>No criteria yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {(panel.criteria ?? []).map((c) => (
            <li key={c.id}>
              {c.text} (counts {c.weight} of 5)
            </li>
          ))}
        </ul>
      )}
      {open && <NewCriterionForm panelId={panel.id ?? ''} reload={reload} />}
      <h2 className="nhsuk-heading-m">Candidates</h2>
      <p>Candidates are known by a reference only, never by name.</p>
      {(panel.candidates ?? []).length === 0 ? (
        <p>No candidates yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {(panel.candidates ?? []).map((c) => (
            <li key={c.id}>{c.reference}</li>
          ))}
        </ul>
      )}
      {runs && open && <NewCandidate panelId={panel.id ?? ''} reload={reload} />}
      {mine && <YourScores panel={panel} memberId={mine.id ?? ''} />}
      <Summary panel={panel} runs={runs} reload={reload} />
    </>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{term}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

const MEMBER_KINDS = [
  { value: 'person', label: 'A service user or carer from the register' },
  { value: 'staff', label: 'A member of staff' },
];

function NewMember({ panelId, reload }: { panelId: string; reload: () => void }) {
  const [kind, setKind] = useState('');
  const [person, setPerson] = useState<Chosen[]>([]);
  const [accountId, setAccountId] = useState('');
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      addMember(
        panelId,
        kind === 'person' ? { personId: person[0]?.id } : { accountId: accountId.trim() },
      ),
    () => {
      setPerson([]);
      setAccountId('');
      reload();
    },
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(kind, 'memberKind', 'Choose who joins the panel'),
      ...(kind === 'person' && !person.length
        ? [{ field: 'personId', message: 'Choose the person from the register' }]
        : []),
      ...(kind === 'staff' ? required(accountId, 'accountId', 'Enter their account id') : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3 className="nhsuk-heading-s">Add a member</h3>
      {problem && (
        <ProblemSummary problem={problem} fields={['memberKind', 'personId', 'accountId']} focus />
      )}
      <RadiosField
        name="memberKind"
        label="Who joins the panel"
        value={kind}
        onChange={setKind}
        options={MEMBER_KINDS}
        error={errorFor(problem, 'memberKind')}
      />
      {kind === 'person' && (
        <PersonPicker
          name="personId"
          legend="The service user or carer"
          chosen={person}
          onChange={setPerson}
          error={errorFor(problem, 'personId')}
          single
        />
      )}
      {kind === 'staff' && (
        <TextField
          name="accountId"
          label="Their Coproduce account id"
          value={accountId}
          onChange={setAccountId}
          error={errorFor(problem, 'accountId')}
        />
      )}
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={send.submitting}
      >
        Add the member
      </button>
    </form>
  );
}

function NewCriterionForm({ panelId, reload }: { panelId: string; reload: () => void }) {
  const [form, setForm] = useState({ text: '', weight: '' });
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () => proposeCriterion(panelId, { text: form.text.trim(), weight: Number(form.weight) }),
    () => {
      setForm({ text: '', weight: '' });
      reload();
    },
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.text, 'text', 'Describe what candidates are scored on'),
      ...required(form.weight, 'weight', 'Choose how much it counts'),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3 className="nhsuk-heading-s">Propose a criterion</h3>
      {problem && <ProblemSummary problem={problem} fields={['text', 'weight']} focus />}
      <TextField
        name="text"
        label="What candidates are scored on"
        hint="For example, Listens to patients and carers and acts on what they say"
        value={form.text}
        onChange={(text) => setForm((f) => ({ ...f, text }))}
        error={errorFor(problem, 'text')}
      />
      <SelectField
        name="weight"
        label="How much it counts"
        hint="1 counts a little, 5 counts most"
        value={form.weight}
        onChange={(weight) => setForm((f) => ({ ...f, weight }))}
        options={['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }))}
        error={errorFor(problem, 'weight')}
      />
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={send.submitting}
      >
        Propose the criterion
      </button>
    </form>
  );
}

function NewCandidate({ panelId, reload }: { panelId: string; reload: () => void }) {
  const [reference, setReference] = useState('');
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () => addCandidate(panelId, reference.trim()),
    () => {
      setReference('');
      reload();
    },
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(required(reference, 'reference', 'Enter the candidate’s reference'));
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <h3 className="nhsuk-heading-s">Add a candidate</h3>
      {problem && <ProblemSummary problem={problem} fields={['reference']} focus />}
      <TextField
        name="reference"
        label="Candidate reference"
        hint="For example, Candidate A. Never their name."
        width={10}
        value={reference}
        onChange={setReference}
        error={errorFor(problem, 'reference')}
      />
      <button
        type="submit"
        className="nhsuk-button nhsuk-button--secondary"
        disabled={send.submitting}
      >
        Add the candidate
      </button>
    </form>
  );
}

/** The member's own scores, one form per candidate; a score already given is changed in place. */
function YourScores({ panel, memberId }: { panel: Panel; memberId: string }) {
  const id = panel.id ?? '';
  const scores = useLoad(`scores:${id}`, () => listScores(id));
  const [savedFor, setSavedFor] = useState<string>();
  const criteria = panel.criteria ?? [];
  const candidates = panel.candidates ?? [];
  return (
    <>
      <h2 className="nhsuk-heading-m">Your scores</h2>
      {criteria.length === 0 || candidates.length === 0 ? (
        <p>You can score once the panel has criteria and candidates.</p>
      ) : (
        <Loaded load={scores} what="your scores">
          {(page) => {
            const mine = (page.items ?? []).filter((s) => s.memberId === memberId);
            return candidates.map((candidate) => (
              <CandidateScores
                key={candidate.id}
                panel={panel}
                candidate={{ id: candidate.id ?? '', reference: candidate.reference ?? '' }}
                given={mine.filter((s) => s.candidateId === candidate.id)}
                saved={savedFor === candidate.id}
                onSaved={() => {
                  setSavedFor(candidate.id);
                  scores.reload();
                }}
              />
            ));
          }}
        </Loaded>
      )}
    </>
  );
}

function CandidateScores({
  panel,
  candidate,
  given,
  saved,
  onSaved,
}: {
  panel: Panel;
  candidate: { id: string; reference: string };
  given: Score[];
  /** Whether this candidate's scores were the last saved (the form is new after a reload). */
  saved: boolean;
  onSaved: () => void;
}) {
  const criteria = panel.criteria ?? [];
  const givenFor = (criterionId: string | undefined) =>
    given.find((s) => s.criterionId === criterionId);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, String(givenFor(c.id)?.score ?? '')])),
  );
  const send = useSubmit(async () => {
    for (const criterion of criteria) {
      const value = values[criterion.id ?? ''];
      const before = givenFor(criterion.id);
      if (!value || Number(value) === before?.score) continue;
      if (before) await changeScore(panel.id ?? '', before, Number(value));
      else
        await scoreCandidate(panel.id ?? '', {
          candidateId: candidate.id,
          criterionId: criterion.id ?? '',
          score: Number(value),
        });
    }
  }, onSaved);
  const fieldName = (criterionId: string | undefined) => `score-${candidate.id}-${criterionId}`;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void send.submit();
      }}
      noValidate
    >
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          {candidate.reference}
        </legend>
        {send.problem && <ProblemSummary problem={send.problem} focus />}
        {saved && (
          <p className="nhsuk-body" role="status">
            Your scores for {candidate.reference} are saved.
          </p>
        )}
        {criteria.map((criterion) => (
          <SelectField
            key={criterion.id}
            name={fieldName(criterion.id)}
            label={criterion.text ?? ''}
            value={values[criterion.id ?? ''] ?? ''}
            onChange={(value) => setValues((v) => ({ ...v, [criterion.id ?? '']: value }))}
            options={SCORES}
          />
        ))}
        {!panel.closed && (
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={send.submitting}
          >
            Save your scores for {candidate.reference}
          </button>
        )}
      </fieldset>
    </form>
  );
}

function Summary({ panel, runs, reload }: Props & { runs: boolean }) {
  const id = panel.id ?? '';
  const summary = useLoad(`summary:${id}:${panel.version}:${panel.closed}`, () => getSummary(id));
  const close = useSubmit(() => closePanel(id), reload);
  return (
    <>
      <h2 className="nhsuk-heading-m">Weighted scores</h2>
      <p>Each candidate’s mean score, every score counted by how much its criterion counts.</p>
      <Loaded load={summary} what="the weighted scores">
        {(s) =>
          (s.candidates ?? []).length === 0 ? (
            <p>No candidates yet.</p>
          ) : (
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
                  Weighted scores, highest first
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Candidate</th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Weighted score
                    </th>
                    <th scope="col">Scores in</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {(s.candidates ?? []).map((c) => (
                    <tr key={c.candidateId}>
                      <td>{c.reference}</td>
                      <td className="nhsuk-table__cell--numeric">
                        {c.weightedScore == null ? 'Not scored yet' : String(c.weightedScore)}
                      </td>
                      <td>
                        {c.scoresGiven} of {c.scoresExpected}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {runs && !panel.closed && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            Closing is final
          </h3>
          <p>Once closed, nobody can score or change a score.</p>
          {close.problem && <ProblemSummary problem={close.problem} focus />}
          <button
            type="button"
            className="nhsuk-button"
            disabled={close.submitting}
            onClick={() => void close.submit()}
          >
            Close the panel
          </button>
        </div>
      )}
    </>
  );
}
