import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { getPerson } from '../api/calls';
import { ApiProblem } from '../api/problem';
import type { Person } from '../api/types';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { RadiosField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import type { Saved } from '../people/PersonPage';
import { erasePerson, type ErasureReason } from './api';

const REASONS: { value: ErasureReason; label: string }[] = [
  { value: 'PERSON_ASKED', label: 'They asked to be erased' },
  { value: 'NO_LONGER_INVOLVED', label: 'They are no longer involved' },
  { value: 'RETENTION_PERIOD_ENDED', label: 'We have kept their details as long as we may' },
];

/** The confirmation step before erasing a person, saying what goes and what stays. */
export function ErasePersonPage() {
  const { id = '' } = useParams();
  const person = useLoad(`person:${id}`, () => getPerson(id));
  return (
    <Page title="Erase this person" caption="The involvement register">
      <p>
        <Link to={`/people/${id}`}>Back to their record</Link>
      </p>
      <Loaded load={person} what="their record">
        {(p) => <Confirm key={p.version} person={p} reload={person.reload} />}
      </Loaded>
    </Page>
  );
}

function Confirm({ person, reload }: { person: Person; reload: () => void }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<ApiProblem>();
  const erase = useSubmit(
    () => erasePerson(person.id ?? '', person.version ?? 0, reason as ErasureReason),
    () =>
      navigate(`/people/${person.id}`, {
        state: { saved: `${person.displayName} was erased` } satisfies Saved,
      }),
  );
  const problem =
    checked ??
    (erase.problem?.status === 412
      ? new ApiProblem({
          title: 'Their record changed while you were looking at it',
          status: 412,
          detail: 'Reload it and check it is still the person you mean to erase.',
        })
      : erase.problem);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(required(reason, 'reason', 'Choose why they are being erased'));
    setChecked(found);
    if (!found) void erase.submit();
  };
  return (
    <>
      <div className="nhsuk-warning-callout">
        <h2 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          This cannot be undone
        </h2>
        <p>You are about to erase {person.displayName}. When you do:</p>
        <ul>
          <li>
            their name is replaced by a pseudonym and their contact details, access needs, interests
            and other personal details are wiped
          </li>
          <li>their consent is withdrawn, so nobody will contact them</li>
          <li>
            the hours they gave and the payments made to them remain, against the same number but
            without their name, because we must keep financial records
          </li>
        </ul>
      </div>
      {problem && <ProblemSummary problem={problem} fields={['reason']} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload their record
        </button>
      )}
      <form onSubmit={submit} noValidate>
        <RadiosField
          name="reason"
          label="Why are they being erased?"
          value={reason}
          onChange={setReason}
          options={REASONS}
          error={errorFor(problem, 'reason')}
        />
        <button
          type="submit"
          className="nhsuk-button nhsuk-button--warning"
          disabled={erase.submitting}
        >
          Erase {person.displayName}
        </button>
      </form>
    </>
  );
}
