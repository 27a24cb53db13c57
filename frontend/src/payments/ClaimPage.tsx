import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { pounds } from '../format';
import { PAYMENT_ACCESS } from './access';
import { approveClaim, getClaim, rejectClaim, type Claim } from './api';
import { BenefitsWarning } from './BenefitsWarning';
import { ClaimDecisions, ClaimFacts, ClaimLines } from './ClaimParts';
import { claimName } from './words';

/** One claim for staff: its facts, lines and decisions, and approving or rejecting it. */
export function ClaimPage() {
  const { id = '' } = useParams();
  const claim = useLoad(`claim:${id}`, () => getClaim(id));
  const [said, setSaid] = useState<string>();
  return (
    <Page title={claim.status === 'done' ? claimName(claim.data) : 'Claim'} caption="Claims">
      <p>
        <Link to="/approvals">Back to claims awaiting approval</Link>
      </p>
      {said && <SuccessBanner title={said} focus />}
      <Loaded load={claim} what="the claim">
        {(c) => (
          <>
            {c.benefitsWarning && <BenefitsWarning week={c.benefitsWarning} whose="their" />}
            <ClaimFacts claim={c} />
            <ClaimLines claim={c} caption="Lines of the claim" />
            <ClaimDecisions claim={c} />
            {c.status === 'PENDING' && (
              <Decide
                key={c.version}
                claim={c}
                reload={claim.reload}
                decided={(words) => {
                  setSaid(words);
                  claim.reload();
                }}
              />
            )}
          </>
        )}
      </Loaded>
    </Page>
  );
}

const FIELDS = ['reason'] as const;

function Decide({
  claim,
  reload,
  decided,
}: {
  claim: Claim;
  reload: () => void;
  decided: (words: string) => void;
}) {
  const me = useMe();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState<ApiProblem>();
  const approve = useSubmit(
    () => approveClaim(claim),
    () => decided(`The claim was approved: ${pounds(claim.amountPence)}`),
  );
  const reject = useSubmit(
    () => rejectClaim(claim, reason.trim()),
    () => decided('The claim was rejected. The person is told why.'),
  );
  if (!hasAnyRole(me.roles, PAYMENT_ACCESS.decide)) return null;
  const sent = approve.problem ?? reject.problem;
  const problem =
    checked ??
    (sent?.status === 412
      ? new ApiProblem({
          title: 'Someone else decided on this claim while you were looking',
          status: 412,
          detail: 'Reload to see the claim now.',
        })
      : sent);
  const submitRejection = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(required(reason, 'reason', 'Say why the claim is rejected'));
    setChecked(found);
    if (!found) void reject.submit();
  };
  const busy = approve.submitting || reject.submitting;
  return (
    <>
      <h2 className="nhsuk-heading-m">Decide on the claim</h2>
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload
        </button>
      )}
      <button
        type="button"
        className="nhsuk-button"
        disabled={busy}
        onClick={() => {
          setChecked(undefined);
          void approve.submit();
        }}
      >
        Approve {pounds(claim.amountPence)}
      </button>
      <form onSubmit={submitRejection} noValidate>
        <TextField
          name="reason"
          label="Or reject it, saying why"
          hint="The person is told this reason"
          multiline
          value={reason}
          onChange={setReason}
          error={errorFor(problem, 'reason')}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={busy}>
          Reject the claim
        </button>
      </form>
    </>
  );
}
