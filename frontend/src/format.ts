/** Words and numbers as people read them (en-GB). */

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const count = new Intl.NumberFormat('en-GB');
const hoursFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const moment = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function pounds(pence: number | undefined): string {
  return money.format((pence ?? 0) / 100);
}

export function number(value: number | undefined): string {
  return count.format(value ?? 0);
}

export function hours(value: number | undefined): string {
  const n = value ?? 0;
  return `${hoursFormat.format(n)} ${n === 1 ? 'hour' : 'hours'}`;
}

/** A date (`2026-03-14`) or an instant, as "14 March 2026". */
export function date(value: string | undefined): string {
  if (!value) return 'Not known';
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(parsed.getTime()) ? value : day.format(parsed);
}

export function dateTime(value: string | undefined | null): string {
  if (!value) return 'Never';
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : moment.format(parsed);
}

/** `CO_PRODUCTION_WORKSHOP` → `Co-production workshop`, unless a better label is known. */
export function label(value: string | undefined): string {
  if (!value) return 'Not known';
  const known = LABELS[value];
  if (known) return known;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const LABELS: Record<string, string> = {
  CO_PRODUCTION_WORKSHOP: 'Co-production workshop',
  PROJECT_TEAM_MEETING: 'Project team meeting',
  INTERVIEW_PANEL: 'Interview panel',
  SERVICE_USER: 'Service user',
  FAMILY_MEMBER: 'Family member',
  PENDING: 'Awaiting approval',
};

/** `displayName` → `Display name`, `lifeQiCode` → `Life qi code`. */
export function humanise(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field error in plain words. The server's messages come from validation ("must not be
 * blank") and need the field's name in front; messages written for people are kept as they are.
 */
export function fieldMessage({ field, message }: { field: string; message: string }): string {
  return /^[a-z]/.test(message) ? `${humanise(field)} ${message}` : message;
}
