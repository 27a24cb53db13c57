import { ApiProblem, type FieldError } from '../api/problem';
import { fieldMessage } from '../format';

/** Problems found before sending a form, in the same shape as the server's. */
export function localProblem(errors: FieldError[]): ApiProblem | undefined {
  return errors.length
    ? new ApiProblem({ title: 'There is a problem', status: 400, errors })
    : undefined;
}

/** A field left empty, when it must not be. */
export function required(value: string, field: string, message: string): FieldError[] {
  return value.trim() ? [] : [{ field, message }];
}

/** Optional text: empty becomes absent rather than "". */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The first message for a field (the server's or our own), if any, in plain words. */
export function errorFor(problem: ApiProblem | undefined, field: string): string | undefined {
  const error = problem?.fieldErrors.find((candidate) => candidate.field === field);
  return error && fieldMessage(error);
}

/**
 * The server's field errors named the way the screen labels its fields (`amountPence` →
 * "Amount"), for fields whose API name reads badly; the field stays, so errors still link.
 */
export function namedFields(
  problem: ApiProblem | undefined,
  names: Record<string, string>,
): ApiProblem | undefined {
  if (!problem || !problem.fieldErrors.some((error) => error.field in names)) return problem;
  return new ApiProblem({
    ...problem.problem,
    errors: problem.fieldErrors.map((error) => {
      const name = names[error.field];
      return name && /^[a-z]/.test(error.message)
        ? { ...error, message: `${name} ${error.message}` }
        : error;
    }),
  });
}
