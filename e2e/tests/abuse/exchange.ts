import type { APIRequestContext } from '@playwright/test';

/** Slower than this is a hang: every refusal here needs no more than a validation. */
export const SLOW_MS = Number.parseInt(process.env.ABUSE_SLOW_MS ?? '5000', 10);
const TIMEOUT_MS = 10_000;

export interface Exchange {
  operation: string;
  input: string;
  status: number;
  contentType: string;
  body: string;
  millis: number;
}

export interface Call {
  operation: string;
  input: string;
  method: string;
  path: string;
  token?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with Content-Type application/json. */
  raw?: string;
}

/**
 * One request through the gateway, timed. A 429 from the gateway's rate limit is waited out and the
 * request sent again, so the limit never hides what the service answers.
 */
export async function send(api: APIRequestContext, call: Call): Promise<Exchange> {
  for (let attempt = 0; ; attempt++) {
    const started = Date.now();
    try {
      const hasBody = call.json !== undefined || call.raw !== undefined;
      const response = await api.fetch(call.path, {
        method: call.method,
        headers: {
          ...(call.token ? { Authorization: `Bearer ${call.token}` } : {}),
          ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
        },
        data: call.raw ?? (call.json === undefined ? undefined : JSON.stringify(call.json)),
        timeout: TIMEOUT_MS,
        maxRedirects: 0,
      });
      const millis = Date.now() - started;
      if (response.status() === 429 && attempt < 5) {
        const wait = Number.parseInt(response.headers()['retry-after'] ?? '5', 10);
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 60) * 1000));
        continue;
      }
      return {
        operation: call.operation,
        input: call.input,
        status: response.status(),
        contentType: response.headers()['content-type'] ?? '',
        body: await response.text(),
        millis,
      };
    } catch (error) {
      return {
        operation: call.operation,
        input: call.input,
        status: 0,
        contentType: '',
        body: `no answer: ${(error as Error).message.split('\n')[0]}`,
        millis: Date.now() - started,
      };
    }
  }
}

/** What a body must never show: a Java class or a stack frame. */
const LEAK = /\b(?:java|javax|jakarta|org|io|com)\.[a-z0-9_]+\.[A-Za-z0-9_.$]+|\n\s+at [\w.$]+\(/;

/**
 * What is wrong with an answer, or null. `refuse`: the input is invalid by the API's own document,
 * so only a 4xx will do; `survive`: the input may be valid (bidi text, a long string with no
 * documented limit), so any answer but a 5xx, a hang or a 4xx that is not problem+json will do.
 */
export function fault(exchange: Exchange, expect: 'refuse' | 'survive'): string | null {
  const { status, contentType, body, millis } = exchange;
  if (status === 0) return body;
  if (status >= 500) return `${status}: a fault`;
  if (status >= 400 && !contentType.startsWith('application/problem+json')) {
    return `${status} with ${contentType || 'no content type'}, not application/problem+json`;
  }
  if (status >= 400 && LEAK.test(body)) return `${status}: the body names a class or a stack frame`;
  if (expect === 'refuse' && status < 400) return `${status}: accepted input the document forbids`;
  if (millis > SLOW_MS) return `${status} after ${millis} ms`;
  return null;
}

/** One line per finding: operation, input, status and the start of the body. */
export function describe(exchange: Exchange, problem: string): string {
  const body = exchange.body.replace(/\s+/g, ' ').slice(0, 240);
  return `${exchange.operation} | ${exchange.input} | ${problem} | ${body}`;
}
