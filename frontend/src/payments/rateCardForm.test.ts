import { describe, expect, it } from 'vitest';
import type { RateCard } from './api';
import { checkRateCard, EMPTY_RULE, newRateCard, rateCardForm } from './rateCardForm';

const latest: RateCard = {
  version: '2026-04',
  effectiveFrom: '2026-04-01',
  mileagePencePerMile: 45,
  fees: [
    {
      activityType: 'ANY',
      kind: 'BANDED',
      bands: [
        { hoursFrom: 0, amountPence: 1000 },
        { hoursFrom: 2, amountPence: 2000 },
      ],
    },
    {
      activityType: 'INTERVIEW_PANEL',
      kind: 'HALF_DAY_DAY',
      halfDayPence: 4000,
      dayPence: 7500,
      dayFromHours: 4,
    },
  ],
  expenses: [{ category: 'PARKING', capPence: 2000 }],
};

describe('a new rate card version', () => {
  it('starts from the latest version’s rules, in pounds, with a new name and day', () => {
    const form = rateCardForm(latest);
    expect(form).toMatchObject({ version: '', effectiveFrom: '', mileage: '45' });
    expect(form.fees[0]?.bands).toEqual([
      { hoursFrom: '0', amount: '10.00' },
      { hoursFrom: '2', amount: '20.00' },
    ]);
    expect(form.fees[1]).toMatchObject({ halfDay: '40.00', day: '75.00', dayFromHours: '4' });
    expect(form.caps).toMatchObject({ PARKING: '20.00', MILEAGE: '' });
  });

  it('sends the same rules back in pence, each with only what its kind uses', () => {
    const form = { ...rateCardForm(latest), version: '2027-04', effectiveFrom: '2027-04-01' };
    form.fees[0] = { ...form.fees[0]!, halfDay: '99.00' };
    expect(checkRateCard(form)).toEqual([]);
    expect(newRateCard(form)).toEqual({
      version: '2027-04',
      effectiveFrom: '2027-04-01',
      mileagePencePerMile: 45,
      fees: [
        {
          activityType: 'ANY',
          kind: 'BANDED',
          bands: [
            { hoursFrom: 0, amountPence: 1000 },
            { hoursFrom: 2, amountPence: 2000 },
          ],
        },
        {
          activityType: 'INTERVIEW_PANEL',
          kind: 'HALF_DAY_DAY',
          halfDayPence: 4000,
          dayPence: 7500,
          dayFromHours: 4,
        },
      ],
      expenses: [{ category: 'PARKING', capPence: 2000 }],
    });
  });

  it('sends an hourly fee with its cap', () => {
    const form = {
      ...rateCardForm(),
      version: 'v2',
      effectiveFrom: '2027-01-01',
      mileage: '40',
      fees: [
        {
          ...EMPTY_RULE,
          activityType: 'ANY' as const,
          kind: 'HOURLY' as const,
          hourly: '10',
          cap: '75',
        },
      ],
    };
    expect(checkRateCard(form)).toEqual([]);
    expect(newRateCard(form).fees).toEqual([
      { activityType: 'ANY', kind: 'HOURLY', hourlyPence: 1000, capPence: 7500 },
    ]);
    expect(newRateCard(form).expenses).toEqual([]);
  });

  it('names what is missing the way the service does, rule by rule', () => {
    const form = {
      ...rateCardForm(latest),
      version: 'no spaces please',
      mileage: '201',
      fees: [
        {
          ...EMPTY_RULE,
          activityType: 'ANY' as const,
          kind: 'BANDED' as const,
          bands: [{ hoursFrom: '1', amount: '5' }],
        },
        { ...EMPTY_RULE, activityType: 'ANY' as const, kind: 'HOURLY' as const },
      ],
      caps: { ...rateCardForm().caps, PARKING: 'lots' },
    };
    expect(checkRateCard(form).map((e) => e.field)).toEqual([
      'version',
      'effectiveFrom',
      'mileagePencePerMile',
      'fees[0].bands',
      'fees[1].activityType',
      'fees[1].hourlyPence',
      'fees[1].capPence',
      'caps.PARKING',
    ]);
  });
});
