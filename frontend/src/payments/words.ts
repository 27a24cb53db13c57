import { date, hours, label } from '../format';
import type { Claim, ClaimLine, PaymentRoute } from './api';
import { CATEGORY_NAMES } from './expenseForm';

/** What a claim is for, in a few words: "Focus group" or "Parking". */
export function claimTitle(claim: Claim): string {
  return claim.kind === 'EXPENSE' && claim.category
    ? CATEGORY_NAMES[claim.category]
    : label(claim.activityType);
}

/** The claim's title and day, for headings and hidden link text. */
export function claimName(claim: Claim): string {
  return `${claimTitle(claim)} on ${date(claim.activityDate)}`;
}

/** What one line of a claim is. */
export function lineWords(line: ClaimLine): string {
  if (line.kind === 'REVERSAL') return 'Taken back after a correction';
  if (line.miles) return `Mileage: ${line.miles} miles`;
  if (line.hours) return `Fee for ${hours(line.hours)}`;
  return line.kind === 'FEE' ? 'Fee' : 'Expense';
}

/** Payment routes as staff name them. */
export const EXPORT_ROUTE_NAMES: Record<PaymentRoute, string> = {
  BACS: 'Bank transfer (BACS)',
  PAYROLL: 'Payroll',
  VOUCHER: 'Vouchers',
  DONATE: 'Donation to the charity',
  DECLINE: 'Payment declined',
};
