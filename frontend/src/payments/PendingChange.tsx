import { useSubmit } from '../api/useSubmit';
import { ProblemSummary } from '../components/ProblemSummary';
import { dateTime } from '../format';
import { confirmPayeeChange, discardPayeeChange, type Payee, type PendingPayeeChange } from './api';

/**
 * Bank details a member of staff entered for the person: shown masked, with the choice to use them
 * or say they are not theirs. Until one of them (or another member of staff) confirms, payments
 * keep going to the details confirmed before.
 */
export function PendingChange({
  personId,
  payee,
  pending,
  decided,
}: {
  personId: string;
  payee: Payee;
  pending: PendingPayeeChange;
  decided: (words: string) => void;
}) {
  const send = useSubmit(
    (decision: 'confirmation' | 'discarding') =>
      decision === 'confirmation'
        ? confirmPayeeChange(personId, payee.version)
        : discardPayeeChange(personId, payee.version),
    (_, decision) =>
      decided(
        decision === 'confirmation'
          ? 'Confirmed: your payments will go to these bank details.'
          : 'Discarded: these bank details will never be used.',
      ),
  );
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        New bank details were entered for you
      </h2>
      {send.problem && <ProblemSummary problem={send.problem} focus />}
      <p>
        A member of staff entered these on {dateTime(pending.changedAt)}: {pending.bankAccountName},
        sort code {pending.sortCode}, account {pending.accountNumber}. They are not used until you,
        or another member of staff, confirm them.
      </p>
      {pending.confirmableByYou ? (
        <div className="nhsuk-button-group">
          <button
            type="button"
            className="nhsuk-button"
            disabled={send.submitting}
            onClick={() => void send.submit('confirmation')}
          >
            These are my bank details
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={send.submitting}
            onClick={() => void send.submit('discarding')}
          >
            These are not my bank details
          </button>
        </div>
      ) : (
        <p>You entered them, so someone else confirms them.</p>
      )}
    </div>
  );
}
