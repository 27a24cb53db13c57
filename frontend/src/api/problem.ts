/** One field the server refused, as named by the caller (`title`, `limit`, ...). */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem detail, as every Coproduce service and the gateway send them. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** A failed API call, carrying the problem the server described (or one made up for it). */
export class ApiProblem extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** Reads a failed response: problem+json as sent, anything else as a plain-English problem. */
  static async fromResponse(response: Response): Promise<ApiProblem> {
    const body = await readJson(response);
    if (isProblemLike(body)) {
      return new ApiProblem({
        ...body,
        title: body.title ?? fallbackTitle(response.status),
        status: body.status ?? response.status,
        errors: Array.isArray(body.errors) ? body.errors.filter(isFieldError) : undefined,
      });
    }
    return new ApiProblem({
      title: fallbackTitle(response.status),
      status: response.status,
      detail: fallbackDetail(response.status),
    });
  }

  /** The browser could not reach the server at all. */
  static unreachable(): ApiProblem {
    return new ApiProblem({
      title: 'Coproduce could not be reached',
      status: 0,
      detail: 'Check your internet connection, then try again.',
    });
  }

  /** Anything that is not an ApiProblem becomes one, so screens have one kind of error to show. */
  static of(error: unknown): ApiProblem {
    if (error instanceof ApiProblem) {
      return error;
    }
    if (error instanceof TypeError) {
      return ApiProblem.unreachable();
    }
    return new ApiProblem({
      title: 'Something went wrong',
      status: 0,
      detail: error instanceof Error ? error.message : undefined,
    });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

type ProblemLike = Partial<Problem> & { errors?: unknown };

function isProblemLike(body: unknown): body is ProblemLike {
  return (
    typeof body === 'object' &&
    body !== null &&
    ('title' in body || 'detail' in body || 'errors' in body)
  );
}

function isFieldError(value: unknown): value is FieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldError).field === 'string' &&
    typeof (value as FieldError).message === 'string'
  );
}

function fallbackTitle(status: number): string {
  if (status === 401) return 'You need to sign in again';
  if (status === 403) return 'You do not have permission to do this';
  if (status === 404) return 'Not found';
  if (status === 429) return 'Too many requests';
  if (status >= 500) return 'Sorry, there is a problem with the service';
  return 'Something went wrong';
}

function fallbackDetail(status: number): string {
  if (status === 401) return 'Your session may have ended.';
  if (status === 429) return 'Wait a minute, then try again.';
  if (status >= 500) return 'Try again later.';
  return `The server answered with status ${status}.`;
}
