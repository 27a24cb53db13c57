import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { checkSheet, linesProblem, newSheet, withoutEmptyLines } from './attendance';

describe('an attendance sheet', () => {
  it('needs at least one person', () => {
    expect(checkSheet([{ personId: '', hours: '' }])).toEqual([
      { field: 'entries[0].personId', message: 'Choose at least one person who attended' },
    ]);
  });

  it('names each wrong line the way the service does, so errors link to the line', () => {
    const errors = checkSheet([
      { personId: 'a', hours: '2' },
      { personId: 'b', hours: '25' },
      { personId: 'a', hours: '1.555' },
      { personId: '', hours: '1' },
    ]);
    expect(errors.map((e) => e.field)).toEqual([
      'entries[1].hours',
      'entries[2].personId',
      'entries[2].hours',
      'entries[3].personId',
    ]);
    expect(errors[0]?.message).toContain('line 2');
  });

  it('accepts hours more than 0 and at most 24 with two decimals', () => {
    expect(
      checkSheet([
        { personId: 'a', hours: '0.25' },
        { personId: 'b', hours: '24' },
      ]),
    ).toEqual([]);
    expect(checkSheet([{ personId: 'a', hours: '0' }])).toHaveLength(1);
  });

  it('drops empty lines before sending, so line numbers match the service’s indexes', () => {
    const kept = withoutEmptyLines([
      { personId: '', hours: '' },
      { personId: 'a', hours: '1.5' },
      { personId: '', hours: ' ' },
    ]);
    expect(newSheet(kept)).toEqual({ entries: [{ personId: 'a', hours: 1.5 }] });
  });
});

describe('the service’s errors on lines', () => {
  it('name the line as the screen numbers it, and keep the field they link to', () => {
    const problem = linesProblem(
      new ApiProblem({
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'entries[1].hours', message: 'must be less than or equal to 24' },
          { field: 'entries[0].personId', message: 'Attendance is already recorded' },
        ],
      }),
    );
    expect(problem?.fieldErrors).toEqual([
      { field: 'entries[1].hours', message: 'Line 2: the time must be less than or equal to 24' },
      { field: 'entries[0].personId', message: 'Attendance is already recorded' },
    ]);
  });
});
