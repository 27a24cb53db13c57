import http from 'node:http';
import { BASE_URL } from '../support/env';
import type { Exchange } from './exchange';

/**
 * Paths a browser or a fetch client would normalise before sending; these go out byte for byte.
 * Each ambiguous one must be refused by the gateway with 400 problem+json at once, and none may
 * reach a service's management endpoints (`/q/*`).
 */
export const PATH_ATTACKS: string[] = [
  '/api/strategy/v1/indicators%20x',
  '/api/strategy/v1/indicators%0Ax',
  '/api/strategy/v1/indicators%0Dx',
  '/api/strategy/v1/indicators%00x',
  '/api/payments/..%2fq/metrics',
  '/api/payments/..%2Fq%2Fmetrics',
  '/api/payments/v1/..%2f..%2fq/health',
  '/api/payments/%2e%2e/q/metrics',
  '/api/payments/%2e%2e%2fq%2fopenapi',
  '/api/involvement/v1/%2e%2e/%2e%2e/q/metrics',
  '/api/payments/..%252fq/metrics',
  '/api/payments/%252e%252e%252fq%252fmetrics',
  '/api/projects/v1/projects%252f..%252f..%252fq%252fhealth',
];

/**
 * Not ambiguous, so forwarded exactly as written (a space, or an encoded percent sign that is never
 * decoded twice): the service then answers 404 problem+json at once, which is as safe as a 400.
 */
const FORWARDED_AS_WRITTEN = new Set([
  '/api/strategy/v1/indicators%20x',
  '/api/payments/..%252fq/metrics',
  '/api/payments/%252e%252e%252fq%252fmetrics',
  '/api/projects/v1/projects%252f..%252f..%252fq%252fhealth',
]);

/** What only a management endpoint answers with. */
const MANAGEMENT = /# (?:HELP|TYPE) |"checks"\s*:|"openapi"\s*:/;

/** Sends a GET with exactly this path (Node's client neither normalises nor re-encodes it). */
export function rawGet(path: string, token: string, timeoutMs = 10_000): Promise<Exchange> {
  const base = new URL(BASE_URL);
  const started = Date.now();
  return new Promise((resolve) => {
    const done = (status: number, contentType: string, body: string) =>
      resolve({
        operation: 'gateway path',
        input: path,
        status,
        contentType,
        body,
        millis: Date.now() - started,
      });
    const request = http.request(
      {
        host: base.hostname,
        port: base.port || 80,
        method: 'GET',
        path,
        headers: { Authorization: `Bearer ${token}` },
        timeout: timeoutMs,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          done(response.statusCode ?? 0, response.headers['content-type'] ?? '', body),
        );
      },
    );
    request.on('timeout', () => {
      request.destroy();
      done(0, '', `no answer within ${timeoutMs} ms`);
    });
    request.on('error', (error) => done(0, '', `no answer: ${error.message}`));
    request.end();
  });
}

/** What is wrong with the gateway's answer to a path attack, or null. */
export function pathFault(exchange: Exchange, slowMs: number): string | null {
  if (exchange.status === 0) return exchange.body;
  if (MANAGEMENT.test(exchange.body)) return `${exchange.status}: a management endpoint answered`;
  const refused = exchange.status === 400;
  const notFound = exchange.status === 404 && FORWARDED_AS_WRITTEN.has(exchange.input);
  if (!refused && !notFound) return `${exchange.status}, expected 400`;
  if (!exchange.contentType.startsWith('application/problem+json')) {
    return `${exchange.status} with ${exchange.contentType || 'no content type'}, not application/problem+json`;
  }
  if (exchange.millis > slowMs) return `${exchange.status} after ${exchange.millis} ms`;
  return null;
}

/** After the attacks every service still answers an ordinary read. */
export const ORDINARY_READS: { path: string; role: string }[] = [
  { path: '/api/projects/v1/projects?limit=1', role: 'qi-lead' },
  { path: '/api/involvement/v1/people?limit=1', role: 'coordinator' },
  { path: '/api/payments/v1/claims?limit=1', role: 'finance' },
  { path: '/api/strategy/v1/indicators', role: 'executive' },
];
