import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { CheckboxesField, RadiosField, TextField } from '../components/fields';
import { errorFor, localProblem, namedFields } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, pounds } from '../format';
import { OwnRecord } from '../people/OwnRecord';
import { PendingChange } from './PendingChange';
import { getPayee, getWeeklyEarnings, setPayee, type Payee, type PaymentRoute } from './api';
import {
  checkPayee,
  hasBankDetails,
  newPayee,
  PAYEE_FIELD_NAMES,
  PAYEE_FIELDS,
  payeeForm,
  ROUTE_NAMES,
} from './payeeForm';

const ROUTES = (Object.keys(ROUTE_NAMES) as PaymentRoute[]).map((value) => ({
  value,
  label: ROUTE_NAMES[value],
}));

/** A volunteer's payment route, bank details (masked), benefits and weekly earnings. */
export function HowIAmPaidPage() {
  return (
    <Page title="How I am paid" caption="My payments">
      <p>
        <Link to="/my-payments">Back to my payments</Link>
      </p>
      <OwnRecord what="how you are paid">{(personId) => <HowPaid personId={personId} />}</OwnRecord>
    </Page>
  );
}

function HowPaid({ personId }: { personId: string }) {
  const payee = useLoad(`payee:${personId}`, () => getPayee(personId));
  const [said, setSaid] = useState<string>();
  return (
    <>
      {said && <SuccessBanner title={said} focus />}
      <Loaded load={payee} what="how you are paid">
        {(stored) => (
          <>
            {stored?.receivesBenefits && <Guidance payee={stored} />}
            {stored?.pendingChange && (
              <PendingChange
                personId={personId}
                payee={stored}
                pending={stored.pendingChange}
                decided={(words) => {
                  setSaid(words);
                  payee.reload();
                }}
              />
            )}
            <PayeeEditor
              key={stored?.version ?? 'new'}
              personId={personId}
              stored={stored}
              reload={payee.reload}
              saved={(words) => {
                setSaid(words);
                payee.reload();
              }}
            />
            <WeeklyEarnings personId={personId} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Guidance({ payee }: { payee: Payee }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <h2 className="nhsuk-heading-s">If you receive benefits</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {(payee.benefitsGuidance ?? []).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function PayeeEditor({
  personId,
  stored,
  reload,
  saved,
}: {
  personId: string;
  stored: Payee | null;
  reload: () => void;
  saved: (words: string) => void;
}) {
  const [form, setForm] = useState(() => payeeForm(stored));
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    () => setPayee(personId, stored ? stored.version : undefined, newPayee(form)),
    (payee) => saved(`Saved: you will be paid ${ROUTE_NAMES[payee.route!].toLowerCase()}.`),
  );
  const problem =
    checked ??
    (send.problem?.status === 412
      ? new ApiProblem({
          title: 'Your payment details were changed while you were looking',
          status: 412,
          detail: 'Reload to see them now, then make your change again.',
        })
      : namedFields(send.problem, PAYEE_FIELD_NAMES));
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(checkPayee(form));
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={PAYEE_FIELDS} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload
        </button>
      )}
      <form onSubmit={submit} noValidate>
        <RadiosField
          name="route"
          label="How do you want to be paid?"
          hint="You can change this at any time. It applies to fees not yet sent for payment."
          value={form.route}
          onChange={(route) => set({ route: route as PaymentRoute })}
          options={ROUTES}
          error={errorFor(problem, 'route')}
        />
        {form.route === 'BACS' && stored && hasBankDetails(stored) && (
          <>
            <h2 className="nhsuk-heading-s">Your bank account</h2>
            <dl className="nhsuk-summary-list">
              {[
                ['Name on the account', stored.bankAccountName],
                ['Sort code', stored.sortCode],
                ['Account number', stored.accountNumber],
              ].map(([key, value]) => (
                <div className="nhsuk-summary-list__row" key={key}>
                  <dt className="nhsuk-summary-list__key">{key}</dt>
                  <dd className="nhsuk-summary-list__value">
                    <span className="nhsuk-u-visually-hidden">Partly hidden: </span>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            <CheckboxesField
              name="newBank"
              label="Bank details"
              hint="For your safety we only show part of them. Tick to give new ones."
              values={form.newBank ? ['yes'] : []}
              onChange={(values) => set({ newBank: values.includes('yes') })}
              options={[{ value: 'yes', label: 'Replace my bank details' }]}
            />
          </>
        )}
        {form.route === 'BACS' && form.newBank && (
          <>
            <TextField
              name="bankAccountName"
              label="Name on the account"
              autoComplete="name"
              value={form.bankAccountName}
              onChange={(bankAccountName) => set({ bankAccountName })}
              error={errorFor(problem, 'bankAccountName')}
            />
            <TextField
              name="sortCode"
              label="Sort code"
              hint="6 digits, like 12-34-56"
              inputMode="numeric"
              width={5}
              value={form.sortCode}
              onChange={(sortCode) => set({ sortCode })}
              error={errorFor(problem, 'sortCode')}
            />
            <TextField
              name="accountNumber"
              label="Account number"
              hint="8 digits"
              inputMode="numeric"
              width={10}
              value={form.accountNumber}
              onChange={(accountNumber) => set({ accountNumber })}
              error={errorFor(problem, 'accountNumber')}
            />
          </>
        )}
        <CheckboxesField
          name="receivesBenefits"
          label="Benefits"
          hint="Fees for your time can affect some benefits. If you tell us, we warn you and your coordinator when a week’s fees pass the limit."
          values={form.receivesBenefits ? ['yes'] : []}
          onChange={(values) => set({ receivesBenefits: values.includes('yes') })}
          options={[{ value: 'yes', label: 'I receive benefits' }]}
          error={errorFor(problem, 'receivesBenefits')}
        />
        {form.receivesBenefits && !stored?.receivesBenefits && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Repaid expenses are not income. Fees for your time can count as earnings: you can
              choose to be paid in vouchers, to donate your fee or to decline payment. Save to see
              the weekly limit and our full guidance.
            </p>
          </div>
        )}
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Save how I am paid
        </button>
      </form>
    </>
  );
}

function WeeklyEarnings({ personId }: { personId: string }) {
  const weeks = useLoad(`weekly-earnings:${personId}`, () => getWeeklyEarnings(personId));
  return (
    <>
      <h2 className="nhsuk-heading-m">Your fees each week</h2>
      <p>
        Fees approved or awaiting approval in the last 12 weeks, against the weekly limit that
        matters if you receive benefits. Expenses do not count.
      </p>
      <Loaded load={weeks} what="your fees each week">
        {(items) =>
          items.length === 0 ? (
            <p>You have no fees in the last 12 weeks.</p>
          ) : (
            <div className="app-table-scroll">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-table__caption--s">
                  The weekly limit is {pounds(items[0]?.limitPence)}
                </caption>
                <thead className="nhsuk-table__head">
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col" className="nhsuk-table__header--numeric">
                      Fees
                    </th>
                    <th scope="col">Over the limit</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {items.map((week) => (
                    <tr key={week.weekStart}>
                      <td>{date(week.weekStart)}</td>
                      <td className="nhsuk-table__cell--numeric">{pounds(week.earnedPence)}</td>
                      <td>
                        {week.overLimit ? (
                          <strong className="nhsuk-tag nhsuk-tag--orange">Yes</strong>
                        ) : (
                          'No'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </>
  );
}
