import type { APIRequestContext } from '@playwright/test';
import { send } from './exchange';
import { fillPath, type Operation } from './openapi';
import { claimsOf, tokenOf } from './users';

/**
 * What a role other than the owner's may read of a volunteer's things: the reviewed list. A QI lead
 * and a finance officer read a person without contact details (checked); finance reads what it
 * pays; coordinators and administrators run the register and its payments. Everything else of
 * someone else's is 404, never 403 and never 200, for any role the operation admits.
 */
export const ENTITLED: Record<string, string[]> = {
  getPerson: ['coordinator', 'admin', 'qi-lead', 'finance'],
  getConsents: ['coordinator', 'admin'],
  getConsent: ['coordinator', 'admin'],
  getPersonPyramidLevel: ['coordinator', 'admin'],
  getPersonPyramidHistory: ['coordinator', 'admin'],
  getParticipation: ['coordinator', 'admin'],
  listParticipationCorrections: ['coordinator', 'admin', 'qi-lead'],
  getContribution: ['coordinator', 'admin'],
  getInterest: ['coordinator', 'admin'],
  getClaim: ['coordinator', 'admin', 'finance'],
  getPayee: ['coordinator', 'admin', 'finance'],
  listPayeeChanges: ['coordinator', 'admin', 'finance'],
  getWeeklyEarnings: ['coordinator', 'admin', 'finance'],
  getPayeeTotals: ['admin', 'finance'],
  getInvolvementSubjectAccess: ['coordinator', 'admin'],
  getPaymentSubjectAccess: ['coordinator', 'admin'],
  getProjectSubjectAccess: ['coordinator', 'admin'],
  getStrategySubjectAccess: ['coordinator', 'admin'],
};

/** Fields a role that reads a person without contact details must not get. */
export const CONTACT_FIELDS = ['email', 'phone', 'postalAddress', 'postcode', 'accessNeeds'];
export const WITHOUT_CONTACT = ['qi-lead', 'finance'];

/** A volunteer's own things, by the path parameter that names each kind. */
export interface Owned {
  username: string;
  personId: string;
  /** Collection path segment (e.g. `participations`) to the ids of the owner's items. */
  items: Record<string, string[]>;
}

async function ids(api: APIRequestContext, token: string, path: string, list = 'items') {
  const response = await api.get(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
  const body = (await response.json()) as Record<string, { id: string }[]>;
  return (body[list] ?? []).map((item) => item.id);
}

/** Reads (and where there is none, makes) the things a volunteer owns, as that volunteer. */
export async function ownedBy(api: APIRequestContext, username: string): Promise<Owned> {
  const token = await tokenOf(username);
  const personId = String((await claimsOf(username)).person_id ?? '');
  if (!personId) throw new Error(`${username} has no person_id: did bin/run load the demo data?`);
  let contributions = await ids(
    api,
    token,
    `/api/involvement/v1/contributions?limit=5&personId=${personId}`,
  );
  if (contributions.length === 0) {
    await api.post('/api/involvement/v1/contributions', {
      headers: { Authorization: `Bearer ${token}` },
      data: { personId, kind: 'IDEA', text: 'More evening sessions, please' },
    });
    contributions = await ids(
      api,
      token,
      `/api/involvement/v1/contributions?limit=5&personId=${personId}`,
    );
  }
  return {
    username,
    personId,
    items: {
      participations: await ids(
        api,
        token,
        `/api/involvement/v1/participations?limit=5&personId=${personId}`,
      ),
      contributions,
      'expressions-of-interest': await ids(
        api,
        token,
        '/api/involvement/v1/expressions-of-interest?limit=5',
      ),
      claims: await ids(api, token, `/api/payments/v1/claims?limit=5&personId=${personId}`),
      consents: await ids(api, token, `/api/involvement/v1/people/${personId}/consents`, 'current'),
    },
  };
}

/**
 * The owner's value for every path parameter of a GET item endpoint, or null when the owner has
 * nothing there: `personId`, `{id}` under `/people/`, and `{id}`/`{consentId}` under a collection
 * the owner has items in (a parameter that is not an id, such as a consent's purpose, is not an
 * owned thing).
 */
export function ownersPath(operation: Operation, owned: Owned): string | null {
  const segments = operation.path.split('/');
  const values: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const match = /^\{(.+)\}$/.exec(segments[i]);
    if (!match) continue;
    const name = match[1];
    const collection = segments[i - 1];
    if (name !== 'id' && !name.endsWith('Id')) return null;
    if (name === 'personId' || collection === 'people') values[name] = owned.personId;
    else if (owned.items[collection]?.length) values[name] = owned.items[collection][0];
    else return null;
  }
  return Object.keys(values).length ? fillPath(operation.path, values) : null;
}

export interface Asked {
  operation: Operation;
  asker: string;
  role: string;
  path: string;
}

/** What is wrong with the answer to an asker about someone else's item, or null. */
export async function askFault(api: APIRequestContext, asked: Asked): Promise<string | null> {
  const { operation, asker, role, path } = asked;
  const exchange = await send(api, {
    operation: operation.id,
    input: `${asker} (${role}) reads ${path}`,
    method: 'GET',
    path,
    token: await tokenOf(asker),
  });
  const entitled = (ENTITLED[operation.id] ?? []).includes(role);
  const admitted = operation.roles.includes(role);
  const seen = `${exchange.operation} | ${exchange.input} | ${exchange.status}`;
  if (exchange.status >= 500 || exchange.status === 0)
    return `${seen}: a fault | ${exchange.body.slice(0, 200)}`;
  if (entitled) {
    if (exchange.status !== 200) return `${seen}: the role is entitled to read it`;
    if (operation.id === 'getPerson' && WITHOUT_CONTACT.includes(role)) {
      const person = JSON.parse(exchange.body) as Record<string, unknown>;
      const shown = CONTACT_FIELDS.filter((field) => person[field] != null);
      if (shown.length) return `${seen}: shows ${shown.join(', ')} to ${role}`;
    }
    return null;
  }
  if (exchange.status === 404) return null;
  if (exchange.status === 403 && !admitted) return null;
  return `${seen}: expected 404${admitted ? '' : ' (or 403: the role is not admitted)'} | ${exchange.body.slice(0, 200)}`;
}
