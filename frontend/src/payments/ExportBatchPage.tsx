import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { SelectField, TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { StatusTag } from '../components/Tag';
import { date, dateTime, label, number, pounds } from '../format';
import type { Said } from '../sessions/ActivityPages';
import { PAYMENT_ACCESS } from './access';
import {
  exportFileHref,
  getExportBatch,
  listExportLines,
  recordPaymentOutcomes,
  type ExportBatch,
  type ExportLine,
  type PaymentOutcome,
} from './api';
import { EXPORT_ROUTE_NAMES } from './words';

/** One export batch: its totals and checksum, its files, and the outcome of each line. */
export function ExportBatchPage() {
  const { id = '' } = useParams();
  const arrived = (useLocation().state as Said | null)?.said;
  const [said, setSaid] = useState(arrived);
  const batch = useLoad(`export-batch:${id}`, () => getExportBatch(id));
  const lines = useLoad(`export-lines:${id}`, () => listExportLines(id));
  const recorded = (words: string) => {
    setSaid(words);
    batch.reload();
    lines.reload();
  };
  return (
    <Page title="Export batch" caption="Payment exports">
      <p>
        <Link to="/payment-exports">Back to payment exports</Link>
      </p>
      {said && <SuccessBanner title={said} focus={said !== arrived} />}
      <Loaded load={batch} what="the batch">
        {(b) => <BatchSummary batch={b} />}
      </Loaded>
      <h2 className="nhsuk-heading-m">Lines</h2>
      <Loaded load={lines} what="the lines">
        {(page) => (
          <Lines
            batchId={id}
            madeByYou={batch.status === 'done' && Boolean(batch.data.madeByYou)}
            lines={page.items ?? []}
            more={Boolean(page.nextCursor)}
            recorded={recorded}
          />
        )}
      </Loaded>
    </Page>
  );
}

function BatchSummary({ batch }: { batch: ExportBatch }) {
  const me = useMe();
  const rows: [string, string][] = [
    ['Route', EXPORT_ROUTE_NAMES[batch.route!]],
    ['Period', `${date(batch.from)} to ${date(batch.to)}`],
    ['Made', `${dateTime(batch.createdAt)} by ${batch.createdBy ?? 'not known'}`],
    ['Lines', number(batch.lineCount)],
    ['Total', pounds(batch.totalPence)],
    ['Paid', number(batch.paidCount)],
    ['Failed', number(batch.failedCount)],
    ['Awaiting an outcome', number(batch.awaitingCount)],
  ];
  return (
    <>
      <dl className="nhsuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Checksum (SHA-256 of the CSV file)</dt>
          <dd className="nhsuk-summary-list__value app-preserve-lines">
            <code>{batch.checksum}</code>
          </dd>
        </div>
      </dl>
      {hasAnyRole(me.roles, PAYMENT_ACCESS.export) && (
        <>
          <h2 className="nhsuk-heading-m">Files</h2>
          <p>
            They hold payee references and full bank details: keep them safe. Downloads are
            recorded.
          </p>
          <ul className="nhsuk-list">
            <li>
              <a href={exportFileHref(batch.id!, 'csv')} download>
                Download the CSV file
              </a>
            </li>
            <li>
              <a href={exportFileHref(batch.id!, 'json')} download>
                Download the JSON file
              </a>
            </li>
          </ul>
        </>
      )}
      {(batch.downloads ?? []).length > 0 && (
        <p>
          Downloaded:{' '}
          {(batch.downloads ?? [])
            .map((d) => `${d.format} on ${dateTime(d.downloadedAt)} by ${d.downloadedBy}`)
            .join('; ')}
        </p>
      )}
    </>
  );
}

const lineName = (line: ExportLine) =>
  `${label(line.kind)} of ${pounds(line.amountPence)} on ${date(line.day)}`;

const FIELDS = ['lineId', 'reason'] as const;

/** Outcomes to record, and what to say once they are. */
interface Recording {
  outcomes: PaymentOutcome[];
  words: string;
}

function Lines({
  batchId,
  madeByYou,
  lines,
  more,
  recorded,
}: {
  batchId: string;
  madeByYou: boolean;
  lines: ExportLine[];
  more: boolean;
  recorded: (words: string) => void;
}) {
  const me = useMe();
  const mayRecord = hasAnyRole(me.roles, PAYMENT_ACCESS.outcomes);
  const canRecord = mayRecord && !madeByYou;
  const awaiting = lines.filter((line) => line.outcome === 'AWAITING');
  const [failed, setFailed] = useState({ lineId: '', reason: '' });
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    ({ outcomes }: Recording) => recordPaymentOutcomes(batchId, outcomes),
    (_, { words }) => {
      setFailed({ lineId: '', reason: '' });
      recorded(words);
    },
  );
  const problem = checked ?? send.problem;
  const markFailed = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(failed.lineId, 'lineId', 'Choose the line that failed'),
      ...required(failed.reason, 'reason', 'Say why the payment failed'),
    ]);
    setChecked(found);
    if (!found) {
      void send.submit({
        outcomes: [{ lineId: failed.lineId, outcome: 'FAILED', reason: failed.reason.trim() }],
        words: 'The line was marked failed. It goes back to the export queue.',
      });
    }
  };
  if (lines.length === 0) return <p>The batch has no lines.</p>;
  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <div className="app-table-scroll">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
            Lines of the batch and their outcome
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {lines.map((line) => (
              <tr key={line.lineId}>
                <td>{lineName(line)}</td>
                <td>
                  <StatusTag status={line.outcome} />
                  {line.failureReason && <> {line.failureReason}</>}
                  {canRecord && line.outcome === 'AWAITING' && (
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-2"
                      disabled={send.submitting}
                      onClick={() => {
                        setChecked(undefined);
                        void send.submit({
                          outcomes: [{ lineId: line.lineId!, outcome: 'PAID' }],
                          words: `Marked paid: ${lineName(line)}`,
                        });
                      }}
                    >
                      Mark paid<span className="nhsuk-u-visually-hidden">: {lineName(line)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more && <p>Only the first 100 lines are shown.</p>}
      {mayRecord && madeByYou && awaiting.length > 0 && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            You made this batch, so another finance officer or an administrator records what was
            paid from it.
          </p>
        </div>
      )}
      {canRecord && awaiting.length > 0 && (
        <>
          <button
            type="button"
            className="nhsuk-button"
            disabled={send.submitting}
            onClick={() => {
              setChecked(undefined);
              void send.submit({
                outcomes: awaiting.map((line) => ({
                  lineId: line.lineId!,
                  outcome: 'PAID' as const,
                })),
                words: `${number(awaiting.length)} lines were marked paid`,
              });
            }}
          >
            Mark all awaiting lines paid
          </button>
          <h2 className="nhsuk-heading-m">A payment failed</h2>
          <form onSubmit={markFailed} noValidate>
            <SelectField
              name="lineId"
              label="Which line failed?"
              value={failed.lineId}
              onChange={(lineId) => setFailed((f) => ({ ...f, lineId }))}
              options={awaiting.map((line) => ({ value: line.lineId!, label: lineName(line) }))}
              error={errorFor(problem, 'lineId')}
            />
            <TextField
              name="reason"
              label="Why it failed"
              hint="For example, the account is closed"
              value={failed.reason}
              onChange={(reason) => setFailed((f) => ({ ...f, reason }))}
              error={errorFor(problem, 'reason')}
            />
            <button
              type="submit"
              className="nhsuk-button nhsuk-button--secondary"
              disabled={send.submitting}
            >
              Mark the line failed
            </button>
          </form>
        </>
      )}
    </>
  );
}
