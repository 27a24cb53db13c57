import { expect, test, type APIRequestContext } from '@playwright/test';
import { askFault, ownedBy, ownersPath, type Owned } from './crossUser';
import { describe, fault, send, SLOW_MS, type Exchange } from './exchange';
import { ORDINARY_READS, PATH_ATTACKS, pathFault, rawGet } from './gatewayPaths';
import { casesOf, type Case } from './inputs';
import { fillPath, loadApi, type Api, type Operation } from './openapi';
import { Random, SEED } from './seed';
import { FIRST_USERS, ROLES, SECOND_USERS, gateway, tokenOf } from './users';

/**
 * The fault and abuse suite: generated from the gateway's merged OpenAPI document, seeded and
 * bounded. Each test collects every finding and fails once with the whole list (operation, input,
 * status, body), so one run shows everything that is wrong.
 */
const CASES_PER_OPERATION = Number.parseInt(process.env.ABUSE_CASES_PER_OPERATION ?? '24', 10);
const BUDGET_MS = Number.parseInt(process.env.ABUSE_BUDGET_MS ?? String(6 * 60_000), 10);
/** After this many requests with no answer, the rest would only wait on timeouts. */
const MAX_HANGS = 5;

let api: APIRequestContext;
let document: Api;

test.beforeAll(async () => {
  console.log(`abuse suite seed ${SEED} (ABUSE_SEED=<n> replays another)`);
  api = await gateway();
  document = await loadApi(api);
});

test.afterAll(async () => {
  await api.dispose();
});

function report(findings: string[]): string {
  return `${findings.length} finding(s):\n${findings.join('\n')}`;
}

/** An operation callable by a person: some role of the demo users is among those it admits. */
function callerRole(operation: Operation, random: Random): string | undefined {
  const roles = operation.roles.filter((role) => ROLES.includes(role));
  return roles.length ? random.pick(roles) : undefined;
}

test('every operation refuses malformed, boundary and hostile input with 4xx problem+json', async () => {
  test.setTimeout(BUDGET_MS + 5 * 60_000);
  const random = new Random(SEED);
  const started = Date.now();
  const findings: string[] = [];
  const planned: { operation: Operation; role: string; user: string; chosen: Case }[] = [];
  const operations = [...document.operations].sort((a, b) =>
    `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`),
  );
  for (const operation of operations) {
    const role = callerRole(operation, random);
    if (!role) continue;
    const user = random.pick([FIRST_USERS[role], SECOND_USERS[role]]);
    for (const chosen of random.sample(casesOf(document, operation, random), CASES_PER_OPERATION)) {
      planned.push({ operation, role, user, chosen });
    }
  }
  // Path parameters last: a gateway that mishandles them may hang or open a circuit breaker,
  // which must not hide what the body and query cases find.
  const ordered = [
    ...planned.filter((p) => !p.chosen.input.startsWith('{')),
    ...planned.filter((p) => p.chosen.input.startsWith('{')),
  ];
  let sent = 0;
  let hangs = 0;
  for (const { operation, user, role, chosen } of ordered) {
    if (Date.now() - started > BUDGET_MS) {
      findings.push(
        `(suite) | stopped after ${sent} of ${ordered.length} cases: the ${BUDGET_MS} ms budget ran out`,
      );
      break;
    }
    if (hangs >= MAX_HANGS) {
      findings.push(
        `(suite) | stopped after ${sent} of ${ordered.length} cases: ${hangs} requests got no answer`,
      );
      break;
    }
    const query = new URLSearchParams(chosen.query).toString();
    const exchange: Exchange = await send(api, {
      operation: `${operation.method} ${operation.path} (${operation.id}) as ${role}`,
      input: chosen.input,
      method: operation.method,
      path: fillPath(operation.path, chosen.path) + (query ? `?${query}` : ''),
      token: await tokenOf(user),
      json: chosen.json,
      raw: chosen.raw,
    });
    sent++;
    if (exchange.status === 0) hangs++;
    const problem = fault(exchange, chosen.expect);
    if (problem) findings.push(describe(exchange, problem));
  }
  console.log(
    `hostile input: ${sent} cases over ${new Set(ordered.map((p) => p.operation.id)).size} operations ` +
      `in ${Math.round((Date.now() - started) / 1000)} s, ${findings.length} finding(s)`,
  );
  expect(findings, report(findings)).toEqual([]);
});

test("no role reads another user's things beyond the reviewed list (404, never a leak)", async () => {
  test.setTimeout(5 * 60_000);
  const findings: string[] = [];
  const val = await ownedBy(api, FIRST_USERS.volunteer);
  const vic = await ownedBy(api, SECOND_USERS.volunteer);
  const items = document.operations.filter(
    (operation) => operation.method === 'GET' && operation.path.includes('{'),
  );
  const asked = new Set<string>();
  const check = async (owner: Owned, askers: [string, string][]) => {
    for (const operation of items) {
      const path = ownersPath(operation, owner);
      if (!path) continue;
      if (operation.roles.includes('volunteer')) {
        const own = await send(api, {
          operation: operation.id,
          input: `${owner.username} reads their own`,
          method: 'GET',
          path,
          token: await tokenOf(owner.username),
        });
        const problem = fault(own, 'survive');
        if (problem) findings.push(describe(own, problem));
        // Nothing there (e.g. no pyramid level yet): nothing to leak, and entitled roles get 404 too.
        if (own.status !== 200) continue;
      }
      asked.add(operation.id);
      for (const [role, asker] of askers) {
        const problem = await askFault(api, { operation, asker, role, path });
        if (problem) findings.push(problem);
      }
    }
  };
  await check(
    val,
    ROLES.map((role) => [role, SECOND_USERS[role]]),
  );
  await check(vic, [['volunteer', FIRST_USERS.volunteer]]);
  const unasked = items
    .filter((operation) => !asked.has(operation.id))
    .map((operation) => operation.id);
  console.log(
    `cross-user: ${asked.size} item endpoints asked; not a volunteer's things: ${unasked.join(', ')}`,
  );
  expect(findings, report(findings)).toEqual([]);
});

test('the gateway refuses encoded path attacks at once and the services keep answering', async () => {
  test.setTimeout(5 * 60_000);
  const findings: string[] = [];
  const token = await tokenOf(FIRST_USERS.volunteer);
  for (const path of PATH_ATTACKS) {
    const exchange = await rawGet(path, token, 5_000);
    const problem = pathFault(exchange, SLOW_MS);
    if (problem) findings.push(describe(exchange, problem));
  }
  for (const { path, role } of ORDINARY_READS) {
    const exchange = await send(api, {
      operation: `GET ${path}`,
      input: `as ${role} after the attacks`,
      method: 'GET',
      path,
      token: await tokenOf(SECOND_USERS[role]),
    });
    if (exchange.status !== 200 || exchange.millis > SLOW_MS) {
      findings.push(
        describe(
          exchange,
          `${exchange.status} after ${exchange.millis} ms: the service stopped answering others`,
        ),
      );
    }
  }
  expect(findings, report(findings)).toEqual([]);
});
