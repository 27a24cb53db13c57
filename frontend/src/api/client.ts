import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem } from './problem';
import { CSRF_COOKIE, CSRF_HEADER, needsCsrfToken, readCookie } from './csrf';
import type { paths } from './schema';

/** Adds the gateway's CSRF token to every state-changing call. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (needsCsrfToken(request.method)) {
      const token = readCookie(CSRF_COOKIE);
      if (token) {
        request.headers.set(CSRF_HEADER, token);
      }
    }
    return request;
  },
};

/** Turns every failed call into an {@link ApiProblem}, so callers only handle success. */
export const problemMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) {
      throw await ApiProblem.fromResponse(response);
    }
    return undefined;
  },
  onError({ error }) {
    return ApiProblem.of(error);
  },
};

/**
 * The typed client of the whole Coproduce API behind the gateway. Cookies are sent (the gateway
 * keeps the session); fetch is looked up at call time so tests can stub it.
 */
export function createApi() {
  const client = createClient<paths>({
    baseUrl: globalThis.location?.origin ?? '',
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(csrfMiddleware, problemMiddleware);
  return client;
}

export const api = createApi();

/** The body of a successful call; failures have already been thrown by the middleware. */
export function body<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) {
    throw new ApiProblem({
      title: 'Something went wrong',
      status: result.response.status,
      detail: 'The server sent an empty answer.',
    });
  }
  return result.data;
}

/**
 * The body of a successful call to an operation whose OpenAPI document does not describe its
 * response yet (see types.ts); the caller names the type.
 */
export function untypedBody<T>(result: { data?: unknown; response: Response }): T {
  return body(result) as T;
}
