import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ApiProblem } from '../api/problem';
import { useLoad, usePagedList } from '../api/useLoad';
import { useSubmit } from '../api/useSubmit';
import { SelectField, TextField } from '../components/fields';
import { errorFor, localProblem } from '../components/forms';
import { ActionLink, ShowMore, SuccessBanner } from '../components/links';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { date, hours, label, pounds } from '../format';
import type { Said } from '../sessions/ActivityPages';
import {
  createRateCard,
  getRateCard,
  listRateCards,
  type FeeRule,
  type RateActivityType,
  type RateCard,
} from './api';
import { CATEGORY_NAMES } from './expenseForm';
import {
  CATEGORIES,
  checkRateCard,
  EMPTY_RULE,
  FEE_KIND_NAMES,
  feeField,
  newRateCard,
  rateCardForm,
  type FeeRuleForm,
  type RateCardForm,
} from './rateCardForm';

const ACTIVITY_TYPES: RateActivityType[] = [
  'ANY',
  'FOCUS_GROUP',
  'CO_PRODUCTION_WORKSHOP',
  'SURVEY',
  'QUESTIONNAIRE',
  'CONSULTATION',
  'INTERVIEW_PANEL',
  'MEETING',
  'PROJECT_TEAM_MEETING',
  'TRAINING',
];
const activityName = (type: string | undefined) =>
  type === 'ANY' ? 'Any other activity' : label(type);

/** Every rate card version, newest first. */
export function RateCardsPage() {
  const list = usePagedList<RateCard>('rate-cards', (cursor) => listRateCards(cursor));
  return (
    <Page title="Rate cards">
      <p>
        What people are paid for their time, the mileage rate and the most each expense may be.
        Claims keep the version in force on their day, so a new version never changes past claims.
      </p>
      <ActionLink to="/rate-cards/new">Create a new version</ActionLink>
      <p>
        Claims are booked to <Link to="/cost-centres">cost centres</Link>.
      </p>
      <Loaded load={list.first} what="rate cards">
        {() => (
          <>
            <ul className="nhsuk-list">
              {list.items.map((card) => (
                <li key={card.version}>
                  <Link to={`/rate-cards/${encodeURIComponent(card.version ?? '')}`}>
                    Version {card.version}
                  </Link>
                  , in force from {date(card.effectiveFrom)}
                </li>
              ))}
            </ul>
            {list.moreProblem && <ProblemSummary problem={list.moreProblem} />}
            <ShowMore
              hasMore={list.hasMore}
              loading={list.loadingMore}
              onClick={list.loadMore}
              what="versions"
            />
          </>
        )}
      </Loaded>
    </Page>
  );
}

/** One rate card version and its rules. */
export function RateCardPage() {
  const { version = '' } = useParams();
  const said = (useLocation().state as Said | null)?.said;
  const card = useLoad(`rate-card:${version}`, () => getRateCard(version));
  return (
    <Page title={`Rate card ${version}`} caption="Rate cards">
      <p>
        <Link to="/rate-cards">Back to rate cards</Link>
      </p>
      {said && <SuccessBanner title={said} />}
      <Loaded load={card} what="the rate card">
        {(c) => (
          <>
            <p>
              In force from {date(c.effectiveFrom)}. Mileage is paid at{' '}
              {pounds(c.mileagePencePerMile)} a mile.
            </p>
            <h2 className="nhsuk-heading-m">Fees</h2>
            <dl className="nhsuk-summary-list">
              {(c.fees ?? []).map((rule) => (
                <div className="nhsuk-summary-list__row" key={rule.activityType}>
                  <dt className="nhsuk-summary-list__key">{activityName(rule.activityType)}</dt>
                  <dd className="nhsuk-summary-list__value">{ruleWords(rule)}</dd>
                </div>
              ))}
            </dl>
            <h2 className="nhsuk-heading-m">The most one expense may be</h2>
            <dl className="nhsuk-summary-list">
              {CATEGORIES.map((category) => {
                const cap = c.expenses?.find((e) => e.category === category)?.capPence;
                return (
                  <div className="nhsuk-summary-list__row" key={category}>
                    <dt className="nhsuk-summary-list__key">{CATEGORY_NAMES[category]}</dt>
                    <dd className="nhsuk-summary-list__value">
                      {cap === undefined ? 'Cannot be claimed' : pounds(cap)}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </>
        )}
      </Loaded>
    </Page>
  );
}

function ruleWords(rule: FeeRule): string {
  switch (rule.kind) {
    case 'BANDED':
      return (rule.bands ?? [])
        .map((band) => `${pounds(band.amountPence)} from ${hours(band.hoursFrom)}`)
        .join('; ');
    case 'HALF_DAY_DAY':
      return `${pounds(rule.halfDayPence ?? 0)} a half day; ${pounds(rule.dayPence ?? 0)} a day from ${hours(rule.dayFromHours ?? 0)}`;
    default:
      return `${pounds(rule.hourlyPence ?? 0)} an hour, at most ${pounds(rule.capPence ?? 0)}`;
  }
}

/** A new version, starting from the latest one's rules. */
export function NewRateCardPage() {
  const latest = useLoad('rate-cards:latest', () => listRateCards(undefined, 1));
  return (
    <Page title="Create a rate card version" caption="Rate cards">
      <p>
        <Link to="/rate-cards">Back to rate cards</Link>
      </p>
      <Loaded load={latest} what="the latest rate card">
        {(page) => <RateCardEditor latest={page.items?.[0]} />}
      </Loaded>
    </Page>
  );
}

function RateCardEditor({ latest }: { latest?: RateCard }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<RateCardForm>(() => rateCardForm(latest));
  const [checked, setChecked] = useState<ApiProblem>();
  const send = useSubmit(
    () => createRateCard(newRateCard(form)),
    (card) =>
      navigate(`/rate-cards/${encodeURIComponent(card.version ?? '')}`, {
        state: { said: `Version ${card.version} was created` } satisfies Said,
      }),
  );
  const problem = checked ?? send.problem;
  const fields = [
    'version',
    'effectiveFrom',
    'mileagePencePerMile',
    ...form.fees.flatMap((_, i) =>
      [
        'activityType',
        'kind',
        'bands',
        'halfDayPence',
        'dayPence',
        'dayFromHours',
        'hourlyPence',
        'capPence',
      ].map((part) => feeField(i, part)),
    ),
    ...CATEGORIES.map((category) => `caps.${category}`),
  ];
  const setRule = (index: number, change: Partial<FeeRuleForm>) =>
    setForm((f) => ({
      ...f,
      fees: f.fees.map((rule, i) => (i === index ? { ...rule, ...change } : rule)),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(checkRateCard(form));
    setChecked(found);
    if (!found) void send.submit();
  };
  return (
    <>
      {latest && (
        <p>
          The form starts with the rules of version {latest.version}. Change what is new; past
          claims keep the version they used.
        </p>
      )}
      {problem && <ProblemSummary problem={problem} fields={fields} focus />}
      <form onSubmit={submit} noValidate>
        <TextField
          name="version"
          label="Name of the version"
          hint="For example, 2027-04"
          width={10}
          value={form.version}
          onChange={(version) => setForm((f) => ({ ...f, version }))}
          error={errorFor(problem, 'version')}
        />
        <TextField
          name="effectiveFrom"
          label="In force from"
          hint={latest ? `After ${date(latest.effectiveFrom)}` : undefined}
          type="date"
          width={10}
          value={form.effectiveFrom}
          onChange={(effectiveFrom) => setForm((f) => ({ ...f, effectiveFrom }))}
          error={errorFor(problem, 'effectiveFrom')}
        />
        <TextField
          name="mileagePencePerMile"
          label="Mileage rate, in pence a mile"
          hint="For example, 45"
          inputMode="numeric"
          width={3}
          value={form.mileage}
          onChange={(mileage) => setForm((f) => ({ ...f, mileage }))}
          error={errorFor(problem, 'mileagePencePerMile')}
        />
        <h2 className="nhsuk-heading-m">Fees</h2>
        {form.fees.map((rule, i) => (
          <RuleFields
            key={i}
            index={i}
            rule={rule}
            problem={problem}
            change={(change) => setRule(i, change)}
            remove={
              form.fees.length > 1
                ? () => setForm((f) => ({ ...f, fees: f.fees.filter((_, j) => j !== i) }))
                : undefined
            }
          />
        ))}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setForm((f) => ({ ...f, fees: [...f.fees, EMPTY_RULE] }))}
        >
          Add a fee for another activity
        </button>
        <h2 className="nhsuk-heading-m">The most one expense may be</h2>
        <p>Leave a category empty if it cannot be claimed under this version.</p>
        {CATEGORIES.map((category) => (
          <TextField
            key={category}
            name={`caps.${category}`}
            label={`${CATEGORY_NAMES[category]}, in pounds`}
            inputMode="decimal"
            width={5}
            value={form.caps[category]}
            onChange={(value) => setForm((f) => ({ ...f, caps: { ...f.caps, [category]: value } }))}
            error={errorFor(problem, `caps.${category}`)}
          />
        ))}
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          Create the version
        </button>
      </form>
    </>
  );
}

function RuleFields({
  index,
  rule,
  problem,
  change,
  remove,
}: {
  index: number;
  rule: FeeRuleForm;
  problem: ApiProblem | undefined;
  change: (change: Partial<FeeRuleForm>) => void;
  remove?: () => void;
}) {
  const field = (part: string) => feeField(index, part);
  const money = (part: string, labelText: string, value: string, key: keyof FeeRuleForm) => (
    <TextField
      name={field(part)}
      label={labelText}
      inputMode="decimal"
      width={5}
      value={value}
      onChange={(typed) => change({ [key]: typed })}
      error={errorFor(problem, field(part))}
    />
  );
  return (
    <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-5">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Fee {index + 1}</legend>
      <SelectField
        name={field('activityType')}
        label="Activity"
        value={rule.activityType}
        onChange={(activityType) => change({ activityType: activityType as RateActivityType })}
        options={ACTIVITY_TYPES.map((value) => ({ value, label: activityName(value) }))}
        error={errorFor(problem, field('activityType'))}
      />
      <SelectField
        name={field('kind')}
        label="How it is paid"
        value={rule.kind}
        onChange={(kind) => change({ kind: kind as FeeRuleForm['kind'] })}
        options={Object.entries(FEE_KIND_NAMES).map(([value, text]) => ({ value, label: text }))}
        error={errorFor(problem, field('kind'))}
      />
      {rule.kind === 'BANDED' && (
        <BandFields index={index} rule={rule} problem={problem} change={change} />
      )}
      {rule.kind === 'HALF_DAY_DAY' && (
        <>
          {money('halfDayPence', 'Half-day fee, in pounds', rule.halfDay, 'halfDay')}
          {money('dayPence', 'Day fee, in pounds', rule.day, 'day')}
          <TextField
            name={field('dayFromHours')}
            label="The day fee is paid from this many hours"
            inputMode="decimal"
            width={3}
            value={rule.dayFromHours}
            onChange={(dayFromHours) => change({ dayFromHours })}
            error={errorFor(problem, field('dayFromHours'))}
          />
        </>
      )}
      {rule.kind === 'HOURLY' && (
        <>
          {money('hourlyPence', 'Fee an hour, in pounds', rule.hourly, 'hourly')}
          {money('capPence', 'The most one fee may be, in pounds', rule.cap, 'cap')}
        </>
      )}
      {remove && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={remove}>
          Remove fee {index + 1}
        </button>
      )}
    </fieldset>
  );
}

function BandFields({
  index,
  rule,
  problem,
  change,
}: {
  index: number;
  rule: FeeRuleForm;
  problem: ApiProblem | undefined;
  change: (change: Partial<FeeRuleForm>) => void;
}) {
  const setBand = (b: number, part: 'hoursFrom' | 'amount', value: string) =>
    change({ bands: rule.bands.map((band, i) => (i === b ? { ...band, [part]: value } : band)) });
  const error = errorFor(problem, feeField(index, 'bands'));
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        Bands: a fixed fee once the hours reach each band. The first band is from 0 hours.
      </p>
      {error && (
        <span
          className="nhsuk-error-message"
          id={`field-${feeField(index, 'bands')}`}
          tabIndex={-1}
        >
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      {rule.bands.map((band, b) => (
        <fieldset className="nhsuk-fieldset" key={b}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--xs">
            Fee {index + 1}, band {b + 1}
          </legend>
          <TextField
            name={`${feeField(index, 'bands')}[${b}].hoursFrom`}
            label="From this many hours"
            inputMode="decimal"
            width={3}
            value={band.hoursFrom}
            onChange={(value) => setBand(b, 'hoursFrom', value)}
          />
          <TextField
            name={`${feeField(index, 'bands')}[${b}].amountPence`}
            label="Fee, in pounds"
            inputMode="decimal"
            width={5}
            value={band.amount}
            onChange={(value) => setBand(b, 'amount', value)}
          />
        </fieldset>
      ))}
      {rule.bands.length < 10 && (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => change({ bands: [...rule.bands, { hoursFrom: '', amount: '' }] })}
        >
          Add a band to fee {index + 1}
        </button>
      )}
    </div>
  );
}
