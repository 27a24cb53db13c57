import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { listParticipations } from '../api/calls';
import type { ApiProblem } from '../api/problem';
import { useLoad } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { FileField, RadiosField, SelectField, TextField } from '../components/fields';
import { errorFor, localProblem, namedFields } from '../components/forms';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, label, pounds } from '../format';
import { OwnRecord } from '../people/OwnRecord';
import type { Said } from '../sessions/ActivityPages';
import { getRateCardInForce, submitExpense, type ExpenseCategory } from './api';
import {
  capOf,
  CATEGORY_NAMES,
  checkExpense,
  describeReceipt,
  EMPTY_EXPENSE,
  EXPENSE_FIELD_NAMES,
  EXPENSE_FIELDS,
  newExpense,
} from './expenseForm';
import { claimName } from './words';

const CATEGORIES = (Object.keys(CATEGORY_NAMES) as ExpenseCategory[]).map((value) => ({
  value,
  label: CATEGORY_NAMES[value],
}));

/** The user's today as 2026-10-14 (en-CA writes dates that way). */
const today = () => new Date().toLocaleDateString('en-CA');

/** A volunteer claims back what taking part cost them. */
export function ClaimExpensePage() {
  return (
    <Page title="Claim an expense" caption="My payments">
      <p>
        <Link to="/my-payments">Back to my payments</Link>
      </p>
      <OwnRecord what="a claim for you">
        {(personId) => <ExpenseForm personId={personId} />}
      </OwnRecord>
    </Page>
  );
}

function ExpenseForm({ personId }: { personId: string }) {
  const navigate = useNavigate();
  // One key for this form: sending it twice (a double click, a retry) pays once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState(EMPTY_EXPENSE);
  const [checked, setChecked] = useState<ApiProblem>();
  const card = useLoad('rate-card-in-force', () => getRateCardInForce(today()));
  const activities = useLoad(`participations:${personId}`, () => listParticipations(personId));
  const rateCard = card.status === 'done' ? card.data : undefined;
  const send = useSubmit(
    () => submitExpense(idempotencyKey, newExpense(form)),
    (claim) =>
      navigate('/my-payments', {
        state: {
          said: `Your claim for ${pounds(claim.amountPence)} was sent: ${claimName(claim)}. It awaits approval.`,
        } satisfies Said,
      }),
  );
  const problem = checked ?? namedFields(send.problem, EXPENSE_FIELD_NAMES);
  const projects = new Map<string, string>();
  for (const p of activities.status === 'done' ? (activities.data.items ?? []) : []) {
    if (p.projectId && !projects.has(p.projectId)) {
      projects.set(
        p.projectId,
        `The project of your ${label(p.activityType).toLowerCase()} on ${date(p.date)}`,
      );
    }
  }
  const cap = capOf(rateCard, form.category);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(checkExpense(form, today(), rateCard));
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={EXPENSE_FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <RadiosField
          name="category"
          label="What was the expense for?"
          value={form.category}
          onChange={(value) => set({ category: value as ExpenseCategory })}
          options={CATEGORIES}
          error={errorFor(problem, 'category')}
        />
        {form.category === 'MILEAGE' ? (
          <TextField
            name="miles"
            label="How many miles did you drive?"
            hint={
              rateCard
                ? `Paid at ${pounds(rateCard.mileagePencePerMile)} a mile${cap === undefined ? '' : `, at most ${pounds(cap)}`}`
                : 'For example, 12.5'
            }
            inputMode="decimal"
            width={5}
            value={form.miles}
            onChange={(miles) => set({ miles })}
            error={errorFor(problem, 'miles')}
          />
        ) : (
          <TextField
            name="amountPence"
            label="How much did it cost, in pounds?"
            hint={
              cap === undefined
                ? 'For example, 12.50'
                : `For example, 12.50. At most ${pounds(cap)}`
            }
            inputMode="decimal"
            width={5}
            value={form.amount}
            onChange={(amount) => set({ amount })}
            error={errorFor(problem, 'amountPence')}
          />
        )}
        <TextField
          name="date"
          label="When was it?"
          type="date"
          width={10}
          value={form.date}
          onChange={(day) => set({ date: day })}
          error={errorFor(problem, 'date')}
        />
        <FileField
          name="receipt"
          label="Receipt (optional)"
          hint="A photo or scan. We keep its name, size and a fingerprint to match it later; keep the receipt until you are paid."
          accept="image/*,application/pdf"
          onChange={(file) =>
            void (file ? describeReceipt(file) : Promise.resolve(undefined)).then((receipt) =>
              set({ receipt }),
            )
          }
          error={errorFor(problem, 'receipt')}
        />
        {projects.size > 0 && (
          <SelectField
            name="projectId"
            label="Which QI project was it for? (optional)"
            value={form.projectId}
            onChange={(projectId) => set({ projectId })}
            options={[...projects].map(([value, text]) => ({ value, label: text }))}
            error={errorFor(problem, 'projectId')}
          />
        )}
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Send the claim
        </button>
      </form>
    </>
  );
}
