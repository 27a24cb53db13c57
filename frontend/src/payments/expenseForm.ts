import type { FieldError } from '../api/problem';
import { pounds } from '../format';
import type { ExpenseCategory, NewExpenseClaim, RateCard, Receipt } from './api';
import { parseMiles, parsePounds } from './money';

/** The expense form as typed. */
export interface ExpenseForm {
  category: ExpenseCategory | '';
  /** Pounds, for every category but mileage. */
  amount: string;
  /** For mileage only. */
  miles: string;
  date: string;
  projectId: string;
  receipt?: Receipt;
}

export const EMPTY_EXPENSE: ExpenseForm = {
  category: '',
  amount: '',
  miles: '',
  date: '',
  projectId: '',
};

/** The service's field names, so its errors and ours link to the same inputs. */
export const EXPENSE_FIELDS = [
  'category',
  'amountPence',
  'miles',
  'date',
  'receipt',
  'projectId',
] as const;

const MAX_RECEIPT_BYTES = 20 * 1024 * 1024;

/** How the screen names the fields whose API names read badly. */
export const EXPENSE_FIELD_NAMES: Record<string, string> = {
  amountPence: 'The amount',
  miles: 'The miles',
  date: 'The date',
  'receipt.fileName': 'The receipt’s name',
  'receipt.contentType': 'The receipt’s type',
  'receipt.sizeBytes': 'The receipt',
};

export const CATEGORY_NAMES: Record<ExpenseCategory, string> = {
  PUBLIC_TRANSPORT: 'Bus, train or taxi fares',
  PARKING: 'Parking',
  CARER_COST: 'Paying a carer',
  CHILDCARE_COST: 'Childcare',
  MILEAGE: 'Driving your own car (mileage)',
};

/** The most one claim of the category may be under the card, if the card allows it at all. */
export function capOf(
  card: RateCard | undefined,
  category: ExpenseCategory | '',
): number | undefined {
  return card?.expenses?.find((cap) => cap.category === category)?.capPence;
}

/** What the service would refuse, in plain words; `today` is the user's day as 2026-10-14. */
export function checkExpense(form: ExpenseForm, today: string, card?: RateCard): FieldError[] {
  const errors: FieldError[] = [];
  if (!form.category) {
    return [{ field: 'category', message: 'Choose what the expense was for' }];
  }
  const cap = capOf(card, form.category);
  if (form.category === 'MILEAGE') {
    const miles = parseMiles(form.miles);
    if (miles === undefined) {
      errors.push({
        field: 'miles',
        message: 'Enter the miles you drove, from 0.01 to 1000, like 12.5',
      });
    } else if (card && cap !== undefined && miles * card.mileagePencePerMile! > cap) {
      errors.push({
        field: 'miles',
        message: `The most you can claim for mileage is ${pounds(cap)}`,
      });
    }
  } else {
    const pence = parsePounds(form.amount);
    if (pence === undefined || pence <= 0) {
      errors.push({ field: 'amountPence', message: 'Enter the amount in pounds, like 12.50' });
    } else if (cap !== undefined && pence > cap) {
      errors.push({
        field: 'amountPence',
        message: `The most you can claim for ${CATEGORY_NAMES[form.category].toLowerCase()} is ${pounds(cap)}`,
      });
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) {
    errors.push({ field: 'date', message: 'Enter the date of the expense' });
  } else if (form.date > today) {
    errors.push({ field: 'date', message: 'The date of the expense must be today or in the past' });
  }
  if (form.receipt && form.receipt.sizeBytes > MAX_RECEIPT_BYTES) {
    errors.push({ field: 'receipt', message: 'The receipt must be smaller than 20 MB' });
  }
  return errors;
}

/** The claim to send: an amount in pence, or miles for mileage; empty choices left out. */
export function newExpense(form: ExpenseForm): NewExpenseClaim {
  const mileage = form.category === 'MILEAGE';
  return {
    category: form.category as ExpenseCategory,
    amountPence: mileage ? undefined : parsePounds(form.amount),
    miles: mileage ? parseMiles(form.miles) : undefined,
    date: form.date,
    projectId: form.projectId || undefined,
    receipt: form.receipt,
  };
}

/** What is kept of a receipt: its name, type, size and SHA-256 (the file is not sent). */
export async function describeReceipt(file: File): Promise<Receipt> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return {
    fileName: file.name,
    contentType: file.type || 'application/octet-stream',
    sizeBytes: file.size,
    sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
  };
}
