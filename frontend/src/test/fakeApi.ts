import { vi } from 'vitest';

export interface Call {
  method: string;
  path: string;
  search: string;
  headers: Headers;
  body?: unknown;
}

type Answer = { status: number; body?: unknown; contentType?: string };
type Handler = Answer | ((call: Call) => Answer);

/**
 * Replaces fetch with answers by `METHOD /path` (query ignored); records every call. A call with
 * no answer gets a 404 problem, so a test fails visibly rather than hanging.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request
        ? input
        : new Request(new URL(String(input), 'http://localhost:3000'), init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      search: url.search,
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    const answer: Answer =
      typeof handler === 'function'
        ? handler(call)
        : (handler ?? {
            status: 404,
            body: {
              title: 'Not found',
              status: 404,
              detail: `No fake for ${call.method} ${call.path}`,
            },
          });
    const contentType =
      answer.contentType ??
      (answer.status >= 400 ? 'application/problem+json' : 'application/json');
    return new Response(
      answer.body === undefined
        ? null
        : typeof answer.body === 'string'
          ? answer.body
          : JSON.stringify(answer.body),
      {
        status: answer.status,
        headers: { 'content-type': contentType },
      },
    );
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });

export const me = (role: string, personId: string | null = null) => ({
  username: `${role}.user`,
  name: `${role} user`,
  roles: [role],
  personId,
});
