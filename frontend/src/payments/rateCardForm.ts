import type { FieldError } from '../api/problem';
import type {
  ExpenseCategory,
  FeeKind,
  FeeRule,
  NewRateCard,
  RateActivityType,
  RateCard,
} from './api';
import { CATEGORY_NAMES } from './expenseForm';
import { parsePounds, poundsInput } from './money';

/** One band of a banded fee as typed: from these hours, this many pounds. */
export interface BandForm {
  hoursFrom: string;
  amount: string;
}

/** One fee rule as typed; only the parts of its kind are sent. */
export interface FeeRuleForm {
  activityType: RateActivityType | '';
  kind: FeeKind | '';
  bands: BandForm[];
  halfDay: string;
  day: string;
  dayFromHours: string;
  hourly: string;
  cap: string;
}

export interface RateCardForm {
  version: string;
  effectiveFrom: string;
  /** Pence a mile. */
  mileage: string;
  fees: FeeRuleForm[];
  /** Pounds per category; empty means the category cannot be claimed under this version. */
  caps: Record<ExpenseCategory, string>;
}

export const CATEGORIES = Object.keys(CATEGORY_NAMES) as ExpenseCategory[];

export const FEE_KIND_NAMES: Record<FeeKind, string> = {
  BANDED: 'Fixed fees by hours reached',
  HALF_DAY_DAY: 'Half-day and day rates',
  HOURLY: 'By the hour, up to a cap',
};

export const EMPTY_RULE: FeeRuleForm = {
  activityType: '',
  kind: '',
  bands: [{ hoursFrom: '0', amount: '' }],
  halfDay: '',
  day: '',
  dayFromHours: '',
  hourly: '',
  cap: '',
};

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function ruleForm(rule: FeeRule): FeeRuleForm {
  return {
    activityType: rule.activityType,
    kind: rule.kind,
    bands: rule.bands?.length
      ? rule.bands.map((band) => ({
          hoursFrom: text(band.hoursFrom),
          amount: poundsInput(band.amountPence),
        }))
      : EMPTY_RULE.bands,
    halfDay: poundsInput(rule.halfDayPence),
    day: poundsInput(rule.dayPence),
    dayFromHours: text(rule.dayFromHours),
    hourly: poundsInput(rule.hourlyPence),
    cap: poundsInput(rule.capPence),
  };
}

/** A new version's form, starting from the rules of `latest` (if any) with a new name and day. */
export function rateCardForm(latest?: RateCard): RateCardForm {
  const caps = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      poundsInput(latest?.expenses?.find((cap) => cap.category === category)?.capPence),
    ]),
  ) as Record<ExpenseCategory, string>;
  return {
    version: '',
    effectiveFrom: '',
    mileage: text(latest?.mileagePencePerMile),
    fees: latest?.fees?.length ? latest.fees.map(ruleForm) : [EMPTY_RULE],
    caps,
  };
}

/** The field names the service gives a rule's parts, so its errors and ours link alike. */
export const feeField = (index: number, part: string) => `fees[${index}].${part}`;

const HOURS = /^\d{1,2}(\.\d{1,2})?$/;
const hoursOk = (typed: string, from: number) => {
  const hours = Number(typed.trim());
  return HOURS.test(typed.trim()) && hours >= from && hours <= 24;
};
const money = (typed: string) => parsePounds(typed);

/** What the service would refuse, naming fields as it does. */
export function checkRateCard(form: RateCardForm): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^[A-Za-z0-9._-]{1,32}$/.test(form.version.trim())) {
    errors.push({
      field: 'version',
      message: 'Enter a name for the version: up to 32 letters, digits, dots, dashes, like 2027-04',
    });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom)) {
    errors.push({ field: 'effectiveFrom', message: 'Enter the day the version comes into force' });
  }
  const mileage = Number(form.mileage.trim());
  if (!/^\d{1,3}$/.test(form.mileage.trim()) || mileage > 200) {
    errors.push({
      field: 'mileagePencePerMile',
      message: 'Enter the mileage rate in whole pence a mile, from 0 to 200',
    });
  }
  const seen = new Set<string>();
  form.fees.forEach((rule, i) => {
    const n = i + 1;
    if (!rule.activityType) {
      errors.push({
        field: feeField(i, 'activityType'),
        message: `Choose the activity (fee ${n})`,
      });
    } else if (seen.has(rule.activityType)) {
      errors.push({
        field: feeField(i, 'activityType'),
        message: `This activity has a fee already (fee ${n})`,
      });
    }
    seen.add(rule.activityType);
    if (!rule.kind) {
      errors.push({ field: feeField(i, 'kind'), message: `Choose how it is paid (fee ${n})` });
      return;
    }
    if (rule.kind === 'BANDED') {
      const bad = rule.bands.some(
        (band) => !hoursOk(band.hoursFrom, 0) || money(band.amount) === undefined,
      );
      const starts = rule.bands.map((band) => Number(band.hoursFrom.trim()));
      if (bad || !starts.includes(0) || new Set(starts).size < starts.length) {
        errors.push({
          field: feeField(i, 'bands'),
          message: `Give each band its hours (0 to 24, one band from 0, none twice) and fee in pounds (fee ${n})`,
        });
      }
    }
    if (rule.kind === 'HALF_DAY_DAY') {
      if (money(rule.halfDay) === undefined) {
        errors.push({
          field: feeField(i, 'halfDayPence'),
          message: `Enter the half-day fee in pounds (fee ${n})`,
        });
      }
      if (money(rule.day) === undefined) {
        errors.push({
          field: feeField(i, 'dayPence'),
          message: `Enter the day fee in pounds (fee ${n})`,
        });
      }
      if (!hoursOk(rule.dayFromHours, 0.01)) {
        errors.push({
          field: feeField(i, 'dayFromHours'),
          message: `Enter the hours from which the day fee is paid, up to 24 (fee ${n})`,
        });
      }
    }
    if (rule.kind === 'HOURLY') {
      if (money(rule.hourly) === undefined) {
        errors.push({
          field: feeField(i, 'hourlyPence'),
          message: `Enter the fee an hour in pounds (fee ${n})`,
        });
      }
      if (money(rule.cap) === undefined) {
        errors.push({
          field: feeField(i, 'capPence'),
          message: `Enter the most one fee may be, in pounds (fee ${n})`,
        });
      }
    }
  });
  for (const category of CATEGORIES) {
    const typed = form.caps[category].trim();
    const pence = money(typed);
    if (typed && (pence === undefined || pence <= 0)) {
      errors.push({
        field: `caps.${category}`,
        message: `Enter the most for ${CATEGORY_NAMES[category].toLowerCase()} in pounds, or leave it empty`,
      });
    }
  }
  return errors;
}

/** The version to send: each rule with only what its kind uses, amounts in pence. */
export function newRateCard(form: RateCardForm): NewRateCard {
  return {
    version: form.version.trim(),
    effectiveFrom: form.effectiveFrom,
    mileagePencePerMile: Number(form.mileage.trim()),
    fees: form.fees.map((rule) => {
      const base = {
        activityType: rule.activityType as RateActivityType,
        kind: rule.kind as FeeKind,
      };
      switch (rule.kind) {
        case 'BANDED':
          return {
            ...base,
            bands: rule.bands.map((band) => ({
              hoursFrom: Number(band.hoursFrom.trim()),
              amountPence: money(band.amount)!,
            })),
          };
        case 'HALF_DAY_DAY':
          return {
            ...base,
            halfDayPence: money(rule.halfDay),
            dayPence: money(rule.day),
            dayFromHours: Number(rule.dayFromHours.trim()),
          };
        default:
          return { ...base, hourlyPence: money(rule.hourly), capPence: money(rule.cap) };
      }
    }),
    expenses: CATEGORIES.filter((category) => form.caps[category].trim()).map((category) => ({
      category,
      capPence: money(form.caps[category])!,
    })),
  };
}
