import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiProblem } from '../api/problem';
import { useLoad, usePagedList } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';
import { SelectField, TextField } from '../components/fields';
import { errorFor, localProblem, required } from '../components/forms';
import { ShowMore } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, number, pounds } from '../format';
import type { Said } from '../sessions/ActivityPages';
import { PAYMENT_ACCESS } from './access';
import {
  createExportBatch,
  getExportQueue,
  listExportBatches,
  type ExportBatch,
  type ExportQueueItem,
  type PaymentRoute,
} from './api';
import { EXPORT_ROUTE_NAMES } from './words';

/** What awaits export per payment route, making a batch of it, and the batches made. */
export function PaymentExportsPage() {
  const me = useMe();
  const queue = useLoad('export-queue', getExportQueue);
  return (
    <Page title="Payment exports">
      <p>
        Approved fees and expenses wait here until finance exports them to be paid, one batch per
        payment route. Lines that failed to be paid come back here.
      </p>
      <h2 className="nhsuk-heading-m">Awaiting export</h2>
      <Loaded load={queue} what="what awaits export">
        {(items) => (
          <>
            <QueueTable items={items} />
            {hasAnyRole(me.roles, PAYMENT_ACCESS.export) && items.length > 0 && (
              <NewBatchForm routes={items.map((item) => item.route!)} />
            )}
          </>
        )}
      </Loaded>
      <h2 className="nhsuk-heading-m">Batches</h2>
      <BatchList />
    </Page>
  );
}

function QueueTable({ items }: { items: ExportQueueItem[] }) {
  if (items.length === 0) return <p>Nothing awaits export.</p>;
  return (
    <dl className="nhsuk-summary-list">
      {items.map((item) => (
        <div className="nhsuk-summary-list__row" key={item.route}>
          <dt className="nhsuk-summary-list__key">{EXPORT_ROUTE_NAMES[item.route!]}</dt>
          <dd className="nhsuk-summary-list__value">
            {number(item.lineCount)} {item.lineCount === 1 ? 'line' : 'lines'},{' '}
            {pounds(item.totalPence)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const FIELDS = ['route', 'from', 'to'] as const;

function NewBatchForm({ routes }: { routes: PaymentRoute[] }) {
  const navigate = useNavigate();
  // One key for this form: sending it twice makes one batch.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    route: routes.length === 1 ? routes[0]! : '',
    from: '',
    to: '',
  });
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    () =>
      createExportBatch(idempotencyKey, {
        route: form.route as PaymentRoute,
        from: form.from,
        to: form.to,
      }),
    (batch) =>
      navigate(`/payment-exports/${batch.id}`, {
        state: {
          said: `A batch of ${number(batch.lineCount)} lines, ${pounds(batch.totalPence)}, was made`,
        } satisfies Said,
      }),
  );
  const problem = checked ?? send.problem;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem([
      ...required(form.route, 'route', 'Choose the payment route'),
      ...required(form.from, 'from', 'Enter the first day of the period'),
      ...required(form.to, 'to', 'Enter the last day of the period'),
      ...(form.from && form.to && form.from > form.to
        ? [{ field: 'to', message: 'The last day must be on or after the first day' }]
        : []),
    ]);
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      <h3 className="nhsuk-heading-s">Make a batch</h3>
      {problem && <ProblemSummary problem={problem} fields={FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <SelectField
          name="route"
          label="Payment route"
          value={form.route}
          onChange={(route) => setForm((f) => ({ ...f, route }))}
          options={routes.map((value) => ({ value, label: EXPORT_ROUTE_NAMES[value] }))}
          error={errorFor(problem, 'route')}
        />
        <TextField
          name="from"
          label="From"
          hint="The days of the activities and expenses to include"
          type="date"
          width={10}
          value={form.from}
          onChange={(from) => setForm((f) => ({ ...f, from }))}
          error={errorFor(problem, 'from')}
        />
        <TextField
          name="to"
          label="To"
          type="date"
          width={10}
          value={form.to}
          onChange={(to) => setForm((f) => ({ ...f, to }))}
          error={errorFor(problem, 'to')}
        />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Make the batch
        </button>
      </form>
    </>
  );
}

function BatchList() {
  const list = usePagedList<ExportBatch>('export-batches', (cursor) => listExportBatches(cursor));
  return (
    <Loaded load={list.first} what="batches">
      {() =>
        list.items.length === 0 ? (
          <p>No batch has been made yet.</p>
        ) : (
          <>
            <ul className="nhsuk-list">
              {list.items.map((batch) => (
                <li key={batch.id}>
                  <Link to={`/payment-exports/${batch.id}`}>
                    {EXPORT_ROUTE_NAMES[batch.route!]}, {date(batch.from)} to {date(batch.to)}
                  </Link>
                  : {number(batch.lineCount)} lines, {pounds(batch.totalPence)}
                  {batch.awaitingCount
                    ? `, ${number(batch.awaitingCount)} awaiting an outcome`
                    : ''}
                </li>
              ))}
            </ul>
            {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
            <ShowMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onClick={list.loadMore}
              what="batches"
            />
          </>
        )
      }
    </Loaded>
  );
}
