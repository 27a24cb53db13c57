import { describe, expect, it } from 'vitest';
import type { Payee } from './api';
import { checkPayee, newPayee, payeeForm } from './payeeForm';

const stored: Payee = {
  personId: 'p',
  route: 'BACS',
  bankAccountName: 'V** V********',
  sortCode: '**-**-56',
  accountNumber: '******78',
  receivesBenefits: true,
  benefitsGuidance: ['Expenses are not income.'],
  weeklyLimitPence: 2000,
  version: 3,
};

describe('how I am paid', () => {
  it('starts from the stored route and benefits, never from the masked bank details', () => {
    expect(payeeForm(stored)).toEqual({
      route: 'BACS',
      newBank: false,
      bankAccountName: '',
      sortCode: '',
      accountNumber: '',
      receivesBenefits: true,
    });
    expect(payeeForm(null)).toMatchObject({ route: '', newBank: true, receivesBenefits: false });
  });

  it('keeps the stored bank details by leaving them out', () => {
    const form = { ...payeeForm(stored), receivesBenefits: false };
    expect(checkPayee(form)).toEqual([]);
    expect(newPayee(form)).toEqual({
      route: 'BACS',
      receivesBenefits: false,
      bankAccountName: undefined,
      sortCode: undefined,
      accountNumber: undefined,
    });
  });

  it('sends new bank details as the service wants them, however they were typed', () => {
    const form = {
      ...payeeForm(null),
      route: 'BACS' as const,
      bankAccountName: ' Val Volunteer ',
      sortCode: '12 34 56',
      accountNumber: '1234 5678',
    };
    expect(checkPayee(form)).toEqual([]);
    expect(newPayee(form)).toMatchObject({
      bankAccountName: 'Val Volunteer',
      sortCode: '12-34-56',
      accountNumber: '12345678',
    });
  });

  it('needs all bank details for the bank route, and none for the others', () => {
    const bank = { ...payeeForm(null), route: 'BACS' as const, sortCode: '12-34-5' };
    expect(checkPayee(bank).map((e) => e.field)).toEqual([
      'bankAccountName',
      'sortCode',
      'accountNumber',
    ]);
    const vouchers = { ...bank, route: 'VOUCHER' as const };
    expect(checkPayee(vouchers)).toEqual([]);
    expect(newPayee(vouchers).sortCode).toBeUndefined();
    expect(checkPayee(payeeForm(null))).toEqual([
      { field: 'route', message: 'Choose how you want to be paid' },
    ]);
  });
});
