import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, dateTime } from '../format';
import { nameOf, usePersonNames } from '../meetings/people';
import { today } from '../meetings/time';
import {
  getContribution,
  recordTellBack,
  recordWeDid,
  type Contribution,
  type TellBackChannel,
} from './api';
import { CHANNELS, channelLabel, kindLabel } from './words';

/** One contribution for staff: what was said, recording what was done, and telling back. */
export function ContributionPage() {
  const { id = '' } = useParams();
  const contribution = useLoad(`contribution:${id}`, () => getContribution(id));
  const recorded = (useLocation().state as { recorded?: boolean } | null)?.recorded;
  return (
    <Page title="You said, we did">
      {recorded && (
        <SuccessBanner title="What they said is recorded">
          <p>Record what was done below when it is done, then tell them back.</p>
        </SuccessBanner>
      )}
      <Loaded load={contribution} what="the contribution">
        {(c) => <Details contribution={c} reload={contribution.reload} />}
      </Loaded>
      <p>
        <Link to="/tell-backs">Back to tell-backs overdue</Link>
      </p>
    </Page>
  );
}

function Details({ contribution, reload }: { contribution: Contribution; reload: () => void }) {
  const names = usePersonNames([contribution.personId]);
  const weDid = contribution.weDid;
  return (
    <>
      <dl className="nhsuk-summary-list">
        <Row term="Who">{nameOf(names, contribution.personId)}</Row>
        <Row term="What">{kindLabel(contribution.kind)}</Row>
        <Row term="Said on">{date(contribution.contributedOn)}</Row>
        <Row term="You said">
          <span className="app-prose">{contribution.text}</span>
        </Row>
        <Row term="We did">
          {weDid ? (
            <>
              <span className="app-prose">{weDid.text}</span>
              <br />
              {weDid.doneBy}, {date(weDid.doneOn)}
            </>
          ) : (
            'Not recorded yet'
          )}
        </Row>
        <Row term="Told back">
          {contribution.toldBack
            ? `Yes, ${channelLabel(contribution.toldBackChannel)}, on ${dateTime(contribution.toldBackAt)}`
            : `Not yet: due by ${date(contribution.tellBackDueOn)}`}
        </Row>
      </dl>
      {!contribution.toldBack && (
        <>
          <WeDidForm contribution={contribution} reload={reload} />
          {weDid && <TellBackForm contribution={contribution} reload={reload} />}
        </>
      )}
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

function WeDidForm({ contribution, reload }: { contribution: Contribution; reload: () => void }) {
  const [form, setForm] = useState({
    text: contribution.weDid?.text ?? '',
    doneOn: contribution.weDid?.doneOn ?? today(),
    doneBy: contribution.weDid?.doneBy ?? '',
  });
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      recordWeDid(contribution, {
        text: form.text.trim(),
        doneOn: form.doneOn,
        doneBy: form.doneBy.trim(),
      }),
    reload,
  );
  const problem = checked ?? send.problem;
  const set = (field: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.text, 'text', 'Describe what was done'),
      ...required(form.doneOn, 'doneOn', 'Enter the day it was done'),
      ...(form.doneOn > today()
        ? [{ field: 'doneOn', message: 'The day it was done cannot be in the future' }]
        : []),
      ...required(form.doneBy, 'doneBy', 'Enter who did it'),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <h2 className="nhsuk-heading-m">
        {contribution.weDid ? 'Change what was done' : 'Record what was done'}
      </h2>
      {problem && <ProblemSummary problem={problem} fields={['text', 'doneOn', 'doneBy']} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="text"
          label="What was done"
          hint="In words the person will understand"
          value={form.text}
          onChange={set('text')}
          error={errorFor(problem, 'text')}
          multiline
        />
        <TextField
          name="doneOn"
          label="When it was done"
          type="date"
          width={10}
          value={form.doneOn}
          onChange={set('doneOn')}
          error={errorFor(problem, 'doneOn')}
        />
        <TextField
          name="doneBy"
          label="Who did it"
          hint="As the person would know them, for example Ward 7 nursing team"
          value={form.doneBy}
          onChange={set('doneBy')}
          error={errorFor(problem, 'doneBy')}
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={send.submitting}
        >
          {send.submitting ? 'Saving…' : 'Save what was done'}
        </button>
      </form>
    </>
  );
}

function TellBackForm({
  contribution,
  reload,
}: {
  contribution: Contribution;
  reload: () => void;
}) {
  const [channel, setChannel] = useState('');
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () => recordTellBack(contribution, { channel: channel as TellBackChannel }),
    reload,
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(required(channel, 'channel', 'Choose how they were told'));
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <h2 className="nhsuk-heading-m">Tell them back</h2>
      {problem && <ProblemSummary problem={problem} fields={['channel']} focus />}
      <form onSubmit={submit} noValidate>
        <RadiosField
          name="channel"
          label="How were they told what was done?"
          hint="Record this once they have been told. It cannot be undone."
          value={channel}
          onChange={setChannel}
          options={CHANNELS}
          error={errorFor(problem, 'channel')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Recording…' : 'Record that they were told'}
        </button>
      </form>
    </>
  );
}
