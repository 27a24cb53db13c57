import { ApiProblem, type FieldError } from '../api/problem';
import type { NewAttendanceSheet } from './api';

/** One line of the attendance sheet as typed: who, and their hours. */
export interface SheetLine {
  personId: string;
  hours: string;
}

export const EMPTY_LINE: SheetLine = { personId: '', hours: '' };

/** The field names the service gives a line's errors, so ours and theirs link alike. */
export const lineField = (index: number, part: keyof SheetLine) => `entries[${index}].${part}`;

export function sheetFields(count: number): string[] {
  return Array.from({ length: count }, (_, i) => [
    lineField(i, 'personId'),
    lineField(i, 'hours'),
  ]).flat();
}

const HOURS = /^\d{1,2}(\.\d{1,2})?$/;

/**
 * What the service would refuse, line by line: a person on every line and only once, and hours
 * more than 0, at most 24, with at most two decimals. Lines left wholly empty are ignored.
 */
export function checkSheet(lines: readonly SheetLine[]): FieldError[] {
  const errors: FieldError[] = [];
  const filled = lines.map((line, index) => ({ line, index })).filter(({ line }) => !isEmpty(line));
  if (filled.length === 0) {
    return [
      { field: lineField(0, 'personId'), message: 'Choose at least one person who attended' },
    ];
  }
  const seen = new Set<string>();
  for (const { line, index } of filled) {
    if (!line.personId) {
      errors.push({
        field: lineField(index, 'personId'),
        message: `Choose who attended (line ${index + 1})`,
      });
    } else if (seen.has(line.personId)) {
      errors.push({
        field: lineField(index, 'personId'),
        message: `This person is on the sheet already (line ${index + 1})`,
      });
    }
    seen.add(line.personId);
    const hours = Number(line.hours.trim());
    if (!HOURS.test(line.hours.trim()) || !(hours > 0 && hours <= 24)) {
      errors.push({
        field: lineField(index, 'hours'),
        message: `Enter hours from 0.25 to 24, with at most 2 decimals (line ${index + 1})`,
      });
    }
  }
  return errors;
}

function isEmpty(line: SheetLine): boolean {
  return !line.personId && !line.hours.trim();
}

/**
 * The sheet to send: the filled lines, in order. Lines are sent with their place on the screen
 * kept, so that the service's `entries[i]` names the line the user sees.
 */
export function newSheet(lines: readonly SheetLine[]): NewAttendanceSheet {
  return {
    entries: lines.map((line) => ({ personId: line.personId, hours: Number(line.hours.trim()) })),
  };
}

/** Empty lines dropped before sending, so line numbers match the service's indexes. */
export function withoutEmptyLines(lines: readonly SheetLine[]): SheetLine[] {
  const kept = lines.filter((line) => !isEmpty(line));
  return kept.length ? kept : [EMPTY_LINE];
}

const LINE_FIELD = /^entries\[(\d+)\]\.(personId|hours)$/;

/**
 * The service's field errors on lines (`entries[1].hours`) in words that name the line as the
 * screen numbers it, keeping the field so the error still links to its input.
 */
export function linesProblem(problem: ApiProblem | undefined): ApiProblem | undefined {
  if (!problem || !problem.fieldErrors.some((e) => LINE_FIELD.test(e.field))) return problem;
  return new ApiProblem({
    ...problem.problem,
    errors: problem.fieldErrors.map((error) => {
      const match = LINE_FIELD.exec(error.field);
      if (!match || /^[A-Z]/.test(error.message)) return error;
      const what = match[2] === 'hours' ? 'the time' : 'the person';
      return { ...error, message: `Line ${Number(match[1]) + 1}: ${what} ${error.message}` };
    }),
  });
}
