import type { FieldError } from '../api/problem';
import { instant } from '../meetings/time';

export const EMPTY_ELECTION = {
  roleTitle: '',
  seats: '1',
  termMonths: '24',
  nominationsOpenAt: '',
  nominationsCloseAt: '',
  votingOpenAt: '',
  votingCloseAt: '',
};

const MISSING = {
  nominationsOpenAt: 'Enter the day nominations open',
  nominationsCloseAt: 'Enter the day nominations close',
  votingOpenAt: 'Enter the day voting opens',
  votingCloseAt: 'Enter the day voting closes',
};

const whole = (value: string, min: number, max: number) =>
  /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/** Seats, term and the four days, in order: nominations open, close, voting opens, closes. */
export function checkElection(form: typeof EMPTY_ELECTION): FieldError[] {
  const at = {
    nominationsOpenAt: instant(form.nominationsOpenAt, '09:00'),
    nominationsCloseAt: instant(form.nominationsCloseAt, '17:00'),
    votingOpenAt: instant(form.votingOpenAt, '09:00'),
    votingCloseAt: instant(form.votingCloseAt, '17:00'),
  };
  const missing = (Object.keys(at) as (keyof typeof at)[])
    .filter((field) => !at[field])
    .map((field) => ({ field, message: MISSING[field] }));
  const order: FieldError[] = [];
  if (
    at.nominationsOpenAt &&
    at.nominationsCloseAt &&
    at.nominationsCloseAt <= at.nominationsOpenAt
  )
    order.push({ field: 'nominationsCloseAt', message: 'Nominations must close after they open' });
  if (at.nominationsCloseAt && at.votingOpenAt && at.votingOpenAt < at.nominationsCloseAt)
    order.push({ field: 'votingOpenAt', message: 'Voting must open after nominations close' });
  if (at.votingOpenAt && at.votingCloseAt && at.votingCloseAt <= at.votingOpenAt)
    order.push({ field: 'votingCloseAt', message: 'Voting must close after it opens' });
  return [
    ...(whole(form.seats, 1, 20)
      ? []
      : [{ field: 'seats', message: 'Enter a whole number of seats from 1 to 20' }]),
    ...(whole(form.termMonths, 1, 60)
      ? []
      : [{ field: 'termMonths', message: 'Enter a term from 1 to 60 months' }]),
    ...missing,
    ...order,
  ];
}
