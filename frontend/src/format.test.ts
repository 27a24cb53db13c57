import { describe, expect, it } from 'vitest';
import { date, fieldMessage, hours, label, pounds } from './format';

describe('formatting', () => {
  it('shows pence as pounds', () => {
    expect(pounds(123456)).toBe('£1,234.56');
    expect(pounds(undefined)).toBe('£0.00');
  });

  it('shows hours with the right word', () => {
    expect(hours(1)).toBe('1 hour');
    expect(hours(2.5)).toBe('2.5 hours');
  });

  it('shows a date the British way, whatever the time zone', () => {
    expect(date('2026-03-14')).toBe('14 March 2026');
  });

  it('turns codes into words', () => {
    expect(label('CO_PRODUCTION_WORKSHOP')).toBe('Co-production workshop');
    expect(label('PENDING')).toBe('Awaiting approval');
    expect(label('FOCUS_GROUP')).toBe('Focus group');
  });

  it('names the field in a validation message, and keeps messages written for people', () => {
    expect(fieldMessage({ field: 'lifeQiCode', message: 'must match "[A-Z]"' })).toBe(
      'Life qi code must match "[A-Z]"',
    );
    expect(fieldMessage({ field: 'hours', message: 'Enter the hours' })).toBe('Enter the hours');
  });
});
