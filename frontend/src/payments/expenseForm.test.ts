import { describe, expect, it } from 'vitest';
import type { RateCard } from './api';
import { checkExpense, EMPTY_EXPENSE, newExpense, type ExpenseForm } from './expenseForm';

const TODAY = '2026-11-23';
const card: RateCard = {
  version: '2026-04',
  mileagePencePerMile: 45,
  expenses: [
    { category: 'PUBLIC_TRANSPORT', capPence: 5000 },
    { category: 'MILEAGE', capPence: 2000 },
  ],
  fees: [],
};
const bus: ExpenseForm = {
  ...EMPTY_EXPENSE,
  category: 'PUBLIC_TRANSPORT',
  amount: '£6.40',
  date: '2026-11-20',
};

describe('an expense claim', () => {
  it('sends a fare in pence, without miles, and leaves out a project not chosen', () => {
    expect(checkExpense(bus, TODAY, card)).toEqual([]);
    expect(newExpense(bus)).toEqual({
      category: 'PUBLIC_TRANSPORT',
      amountPence: 640,
      miles: undefined,
      date: '2026-11-20',
      projectId: undefined,
      receipt: undefined,
    });
  });

  it('sends mileage as miles only, even when an amount was typed before changing category', () => {
    const driven: ExpenseForm = { ...bus, category: 'MILEAGE', miles: '12.5', projectId: 'p1' };
    expect(checkExpense(driven, TODAY, card)).toEqual([]);
    expect(newExpense(driven)).toMatchObject({
      category: 'MILEAGE',
      amountPence: undefined,
      miles: 12.5,
      projectId: 'p1',
    });
  });

  it('needs a category first', () => {
    expect(checkExpense(EMPTY_EXPENSE, TODAY).map((e) => e.field)).toEqual(['category']);
  });

  it('names the fields the way the service does, so its errors and ours link alike', () => {
    const errors = checkExpense({ ...bus, amount: 'six pounds', date: '' }, TODAY);
    expect(errors.map((e) => e.field)).toEqual(['amountPence', 'date']);
    expect(checkExpense({ ...bus, category: 'MILEAGE' }, TODAY)[0]?.field).toBe('miles');
  });

  it('refuses a day in the future', () => {
    expect(checkExpense({ ...bus, date: '2026-11-24' }, TODAY)).toEqual([
      { field: 'date', message: 'The date of the expense must be today or in the past' },
    ]);
  });

  it('says the cap of the rate card in force, in pounds', () => {
    expect(checkExpense({ ...bus, amount: '50.01' }, TODAY, card)).toEqual([
      {
        field: 'amountPence',
        message: 'The most you can claim for bus, train or taxi fares is £50.00',
      },
    ]);
    expect(
      checkExpense({ ...bus, category: 'MILEAGE', miles: '45' }, TODAY, card)[0]?.message,
    ).toBe('The most you can claim for mileage is £20.00');
  });

  it('refuses a receipt of 20 MB or more', () => {
    const receipt = {
      fileName: 'scan.pdf',
      contentType: 'application/pdf',
      sizeBytes: 21_000_000,
      sha256: 'a'.repeat(64),
    };
    expect(checkExpense({ ...bus, receipt }, TODAY).map((e) => e.field)).toEqual(['receipt']);
  });
});
