import { StatusTag } from '../components/Tag';
import { date, dateTime, hours, label, pounds } from '../format';
import type { Claim } from './api';
import { lineWords } from './words';

/** The lines of a claim: a fee or expense, and any reversal a correction added. */
export function ClaimLines({ claim, caption }: { claim: Claim; caption: string }) {
  const lines = claim.lines ?? [];
  if (lines.length === 0) return null;
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Line</th>
            <th scope="col" className="nhsuk-table__header--numeric">
              Amount
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{lineWords(line)}</td>
              <td className="nhsuk-table__cell--numeric">{pounds(line.amountPence)}</td>
              <td>
                <StatusTag status={line.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The facts of a claim as a summary list. */
export function ClaimFacts({ claim }: { claim: Claim }) {
  const rows: [string, string][] = [
    ['Date', date(claim.activityDate)],
    ...(claim.kind === 'FEE'
      ? ([
          ['Activity', label(claim.activityType)],
          ['Time', hours(claim.hours)],
        ] as [string, string][])
      : []),
    ...(claim.miles ? ([['Miles', String(claim.miles)]] as [string, string][]) : []),
    ['Amount', pounds(claim.amountPence)],
    ['Receipt', claim.receipt ? claim.receipt.fileName : 'None given'],
    ['Rate card', claim.rateCardVersion ?? 'Not known'],
    ['Cost centre', claim.costCentre ?? 'Not known'],
    ['Raised', dateTime(claim.createdAt)],
  ];
  return (
    <dl className="nhsuk-summary-list">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Status</dt>
        <dd className="nhsuk-summary-list__value">
          <StatusTag status={claim.status} />
        </dd>
      </div>
      {rows.map(([key, value]) => (
        <div className="nhsuk-summary-list__row" key={key}>
          <dt className="nhsuk-summary-list__key">{key}</dt>
          <dd className="nhsuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Who approved or rejected the claim, and why. */
export function ClaimDecisions({ claim }: { claim: Claim }) {
  const decisions = claim.decisions ?? [];
  if (decisions.length === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">Decisions</h2>
      <ul className="nhsuk-list">
        {decisions.map((decision) => (
          <li key={decision.id}>
            <StatusTag status={decision.outcome} /> {pounds(decision.amountPence)} on{' '}
            {dateTime(decision.decidedAt)}
            {decision.reason && <>: {decision.reason}</>}
          </li>
        ))}
      </ul>
    </>
  );
}
