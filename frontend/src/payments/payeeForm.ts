import type { FieldError } from '../api/problem';
import { optional } from '../components/forms';
import type { NewPayee, Payee, PaymentRoute } from './api';

/** The "How I am paid" form as typed. Bank details are typed afresh: we only ever see them masked. */
export interface PayeeForm {
  route: PaymentRoute | '';
  /** Whether new bank details are being typed (always, when none are stored). */
  newBank: boolean;
  bankAccountName: string;
  sortCode: string;
  accountNumber: string;
  receivesBenefits: boolean;
}

export const ROUTE_NAMES: Record<PaymentRoute, string> = {
  BACS: 'Into my bank account',
  PAYROLL: 'Through the trust’s payroll (I have a payroll number)',
  VOUCHER: 'In shopping vouchers',
  DONATE: 'Give my fees to the trust’s charity',
  DECLINE: 'I do not want to be paid',
};

export const PAYEE_FIELDS = [
  'route',
  'bankAccountName',
  'sortCode',
  'accountNumber',
  'receivesBenefits',
] as const;

export const PAYEE_FIELD_NAMES: Record<string, string> = {
  bankAccountName: 'The name on the account',
  sortCode: 'The sort code',
  accountNumber: 'The account number',
};

/** Whether bank details are stored (they come back masked, like "**-**-56"). */
export function hasBankDetails(payee: Payee | null): boolean {
  return Boolean(payee?.sortCode && payee.accountNumber);
}

export function payeeForm(payee: Payee | null): PayeeForm {
  return {
    route: payee?.route ?? '',
    newBank: !hasBankDetails(payee),
    bankAccountName: '',
    sortCode: '',
    accountNumber: '',
    receivesBenefits: payee?.receivesBenefits ?? false,
  };
}

const digits = (typed: string) => typed.replace(/[\s-]/g, '');

export function checkPayee(form: PayeeForm): FieldError[] {
  if (!form.route) return [{ field: 'route', message: 'Choose how you want to be paid' }];
  if (form.route !== 'BACS' || !form.newBank) return [];
  const errors: FieldError[] = [];
  if (!form.bankAccountName.trim()) {
    errors.push({ field: 'bankAccountName', message: 'Enter the name on the account' });
  }
  if (!/^\d{6}$/.test(digits(form.sortCode))) {
    errors.push({ field: 'sortCode', message: 'Enter the sort code: 6 digits, like 12-34-56' });
  }
  if (!/^\d{8}$/.test(digits(form.accountNumber))) {
    errors.push({ field: 'accountNumber', message: 'Enter the account number: 8 digits' });
  }
  return errors;
}

/**
 * The details to send. Bank details go only when typed for the bank route; left out, the service
 * keeps the stored ones.
 */
export function newPayee(form: PayeeForm): NewPayee {
  const sendBank = form.route === 'BACS' && form.newBank;
  const sortCode = digits(form.sortCode);
  return {
    route: form.route as PaymentRoute,
    receivesBenefits: form.receivesBenefits,
    bankAccountName: sendBank ? optional(form.bankAccountName) : undefined,
    sortCode: sendBank
      ? `${sortCode.slice(0, 2)}-${sortCode.slice(2, 4)}-${sortCode.slice(4, 6)}`
      : undefined,
    accountNumber: sendBank ? digits(form.accountNumber) : undefined,
  };
}
