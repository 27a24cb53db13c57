import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, dateTime } from '../format';
import { nameOf, usePersonNames, type Chosen } from '../meetings/people';
import { PersonPicker } from '../meetings/PersonPicker';
import { ELECTION_ACCESS } from './access';
import {
  acceptNomination,
  castVote,
  declareResult,
  getElection,
  getResults,
  listCandidates,
  listNominations,
  nominate,
  type Election,
  type Results,
} from './api';
import { PhaseTag } from './words';

const BALLOT_OUT = ['AWAITING_VOTING', 'VOTING_OPEN', 'VOTING_CLOSED', 'DECLARED'];
const COUNTED = ['VOTING_CLOSED', 'DECLARED'];

/** One election: standing, voting and the result, or running it for a coordinator. */
export function ElectionPage() {
  const { id = '' } = useParams();
  const election = useLoad(`election:${id}`, () => getElection(id));
  const title = election.status === 'done' ? (election.data.roleTitle ?? 'Election') : 'Election';
  return (
    <Page title={title} caption="Ambassador election">
      <Loaded load={election} what="the election">
        {(e) => <ElectionDetails election={e} reload={election.reload} />}
      </Loaded>
      <p>
        <Link to="/elections">Back to elections</Link>
      </p>
    </Page>
  );
}

interface Props {
  election: Election;
  reload: () => void;
}

function ElectionDetails({ election, reload }: Props) {
  const me = useMe();
  const runs = hasAnyRole(me.roles, ELECTION_ACCESS.run);
  const stands = hasAnyRole(me.roles, ELECTION_ACCESS.stand);
  const phase = election.phase ?? 'UPCOMING';
  const s = election.schedule;
  return (
    <>
      <dl className="nhsuk-summary-list">
        <Row term="Where it is">
          <PhaseTag phase={phase} />
        </Row>
        <Row term="Seats">{election.seats}</Row>
        <Row term="Term">{election.termMonths} months</Row>
        <Row term="Nominations">
          {dateTime(s?.nominationsOpenAt)} to {dateTime(s?.nominationsCloseAt)}
        </Row>
        <Row term="Voting">
          {dateTime(s?.votingOpenAt)} to {dateTime(s?.votingCloseAt)}
        </Row>
      </dl>
      {(phase === 'NOMINATIONS_OPEN' || runs) && (
        <Nominations election={election} runs={runs} stands={stands} reload={reload} />
      )}
      {BALLOT_OUT.includes(phase) && !COUNTED.includes(phase) && (
        <Ballot election={election} stands={stands} reload={reload} />
      )}
      {COUNTED.includes(phase) && <Count election={election} runs={runs} reload={reload} />}
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

function Nominations({
  election,
  runs,
  stands,
  reload,
}: Props & { runs: boolean; stands: boolean }) {
  const me = useMe();
  const id = election.id ?? '';
  const nominations = useLoad(`nominations:${id}:${election.version}`, () => listNominations(id));
  const items = nominations.status === 'done' ? (nominations.data.items ?? []) : [];
  const names = usePersonNames(runs ? items.map((n) => n.personId) : []);
  const [nominee, setNominee] = useState<Chosen[]>([]);
  const refresh = () => {
    setNominee([]);
    nominations.reload();
    reload();
  };
  const self = useSubmit(() => nominate(id, me.personId ?? ''), refresh);
  const other = useSubmit(() => nominate(id, nominee[0]?.id ?? ''), refresh);
  const open = election.phase === 'NOMINATIONS_OPEN';
  const mine = items.find((n) => n.personId && n.personId === me.personId);
  const accept = useSubmit(() => acceptNomination(id, mine?.id ?? ''), refresh);
  const problem = self.problem ?? other.problem ?? accept.problem;
  return (
    <>
      <h2 className="nhsuk-heading-m">Nominations</h2>
      {problem && <ProblemSummary problem={problem} focus />}
      <Loaded load={nominations} what="nominations">
        {() => (
          <>
            {stands && me.personId && open && !mine && (
              <>
                <p>Would you like to be an ambassador? Nominate yourself, then accept to stand.</p>
                <button
                  type="button"
                  className="nhsuk-button"
                  disabled={self.submitting}
                  onClick={() => void self.submit()}
                >
                  Nominate yourself
                </button>
              </>
            )}
            {stands && mine && !mine.accepted && open && (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>You have been nominated. Accept to stand in this election.</p>
                <button
                  type="button"
                  className="nhsuk-button"
                  disabled={accept.submitting}
                  onClick={() => void accept.submit()}
                >
                  Accept your nomination
                </button>
              </div>
            )}
            {stands && mine?.accepted && <p>You are standing in this election.</p>}
            {runs && <NominationTable items={items} names={names} />}
            {runs && open && (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (nominee.length) void other.submit();
                }}
                noValidate
              >
                <PersonPicker
                  name="personId"
                  legend="Nominate a service user or carer"
                  hint="They are asked to accept before they stand"
                  chosen={nominee}
                  onChange={setNominee}
                  error={errorFor(other.problem, 'personId')}
                  single
                />
                <button
                  type="submit"
                  className="nhsuk-button nhsuk-button--secondary"
                  disabled={other.submitting || nominee.length === 0}
                >
                  Nominate them
                </button>
              </form>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function NominationTable({
  items,
  names,
}: {
  items: { id?: string; personId?: string; accepted?: boolean; nominatedAt?: string }[];
  names: Record<string, string>;
}) {
  if (items.length === 0) return <p>Nobody has been nominated yet.</p>;
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Nominations</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Nominee</th>
            <th scope="col">Nominated on</th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {items.map((n) => (
            <tr key={n.id}>
              <td>{nameOf(names, n.personId)}</td>
              <td>{date(n.nominatedAt)}</td>
              <td>{n.accepted ? 'Yes, accepted' : 'Not accepted yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Ballot({ election, stands, reload }: Props & { stands: boolean }) {
  const id = election.id ?? '';
  const candidates = useLoad(`candidates:${id}`, () => listCandidates(id));
  const [choice, setChoice] = useState('');
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const vote = useSubmit(() => castVote(id, choice), reload);
  const problem = checked ?? vote.problem;
  const votingOpen = election.phase === 'VOTING_OPEN';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(required(choice, 'candidatePersonId', 'Choose who you vote for'));
    setChecked(found);
    if (!found) void vote.submit();
  };
  return (
    <>
      <h2 className="nhsuk-heading-m">The candidates</h2>
      <Loaded load={candidates} what="the candidates">
        {(list) =>
          list.length === 0 ? (
            <p>Nobody is standing.</p>
          ) : stands && votingOpen && !election.youHaveVoted ? (
            <>
              {problem && <ProblemSummary problem={problem} fields={['candidatePersonId']} focus />}
              <form onSubmit={submit} noValidate>
                <RadiosField
                  name="candidatePersonId"
                  label={`Who do you vote for? Up to ${election.seats} will be elected.`}
                  hint="You can vote once. Nobody can see whom you chose."
                  value={choice}
                  onChange={setChoice}
                  options={list.map((c) => ({
                    value: c.personId ?? '',
                    label: c.displayName ?? '',
                  }))}
                  error={errorFor(problem, 'candidatePersonId')}
                />
                <button type="submit" className="nhsuk-button" disabled={vote.submitting}>
                  {vote.submitting ? 'Casting your vote…' : 'Cast your vote'}
                </button>
              </form>
            </>
          ) : (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {list.map((c) => (
                <li key={c.personId}>{c.displayName}</li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {stands && election.youHaveVoted && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            You have voted. Nobody can see whom you chose. The result comes after voting closes.
          </p>
        </div>
      )}
    </>
  );
}

function Count({ election, runs, reload }: Props & { runs: boolean }) {
  const id = election.id ?? '';
  const results = useLoad(`results:${id}:${election.version}:${election.phase}`, () =>
    getResults(id),
  );
  return (
    <>
      <h2 className="nhsuk-heading-m">
        {election.phase === 'DECLARED' ? 'The result' : 'The count'}
      </h2>
      <Loaded load={results} what="the count">
        {(r) => (
          <>
            <CountTable results={r} />
            {runs && !r.declared && (
              <Declare
                election={election}
                results={r}
                reload={() => {
                  results.reload();
                  reload();
                }}
              />
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function CountTable({ results }: { results: Results }) {
  const winners = new Set(results.winners ?? []);
  return (
    <>
      <p>
        {results.totalVotes} {results.totalVotes === 1 ? 'vote was' : 'votes were'} cast for{' '}
        {results.seats} {results.seats === 1 ? 'seat' : 'seats'}.
      </p>
      <div className="app-table-scroll">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Votes per candidate, most first
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Votes
              </th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {(results.counts ?? []).map((c) => (
              <tr key={c.personId}>
                <td>{c.displayName}</td>
                <td className="nhsuk-table__cell--numeric">{c.votes}</td>
                <td>
                  {winners.has(c.personId ?? '') ? (
                    <strong className="nhsuk-tag nhsuk-tag--green">Elected</strong>
                  ) : results.tie?.tiedPersonIds?.includes(c.personId ?? '') ? (
                    <strong className="nhsuk-tag nhsuk-tag--yellow">Tied</strong>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {results.tie && (
        <p>
          Candidates are tied for the last{' '}
          {results.tie.seatsLeft === 1 ? 'seat' : `${results.tie.seatsLeft} seats`}. The tie is
          settled by lot, in front of witnesses.
        </p>
      )}
    </>
  );
}

function Declare({ election, results, reload }: Props & { results: Results }) {
  const [form, setForm] = useState({ termStart: '', boardName: '' });
  const [tieWinners, setTieWinners] = useState<string[]>([]);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () =>
      declareResult(election.id ?? '', {
        termStart: form.termStart,
        boardName: form.boardName.trim(),
        tieWinners: results.tie ? tieWinners : undefined,
      }),
    reload,
  );
  const problem = checked ?? send.problem;
  const tie = results.tie;
  const names = Object.fromEntries((results.counts ?? []).map((c) => [c.personId, c.displayName]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.termStart, 'termStart', 'Enter the day the terms start'),
      ...required(form.boardName, 'boardName', 'Enter the board the ambassadors sit on'),
      ...(tie && tieWinners.length !== tie.seatsLeft
        ? [
            {
              field: 'tieWinners',
              message: `Choose ${tie.seatsLeft} of the tied candidates, as drawn by lot`,
            },
          ]
        : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <h3 className="nhsuk-heading-s">Declare the result</h3>
      {problem && (
        <ProblemSummary problem={problem} fields={['termStart', 'boardName', 'tieWinners']} focus />
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          name="termStart"
          label="Terms start on"
          type="date"
          width={10}
          value={form.termStart}
          onChange={(termStart) => setForm((f) => ({ ...f, termStart }))}
          error={errorFor(problem, 'termStart')}
        />
        <TextField
          name="boardName"
          label="Board they sit on"
          hint="For example, Trust Board"
          value={form.boardName}
          onChange={(boardName) => setForm((f) => ({ ...f, boardName }))}
          error={errorFor(problem, 'boardName')}
        />
        {tie && (
          <div
            className={`nhsuk-form-group${errorFor(problem, 'tieWinners') ? ' nhsuk-form-group--error' : ''}`}
          >
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                Who fills the tied {tie.seatsLeft === 1 ? 'seat' : 'seats'}, as drawn by lot
              </legend>
              {errorFor(problem, 'tieWinners') && (
                <span className="nhsuk-error-message">
                  <span className="nhsuk-u-visually-hidden">Error:</span>{' '}
                  {errorFor(problem, 'tieWinners')}
                </span>
              )}
              <div className="nhsuk-checkboxes">
                {(tie.tiedPersonIds ?? []).map((personId, index) => {
                  const inputId = index === 0 ? 'field-tieWinners' : `field-tieWinners-${index}`;
                  return (
                    <div className="nhsuk-checkboxes__item" key={personId}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={inputId}
                        type="checkbox"
                        checked={tieWinners.includes(personId)}
                        onChange={(event) =>
                          setTieWinners((chosen) =>
                            event.target.checked
                              ? [...chosen, personId]
                              : chosen.filter((p) => p !== personId),
                          )
                        }
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                        {names[personId] ?? 'Candidate'}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        )}
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Declaring…' : 'Declare the result'}
        </button>
      </form>
    </>
  );
}
