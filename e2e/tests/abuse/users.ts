import { request, type APIRequestContext } from '@playwright/test';
import { BASE_URL } from '../support/env';
import { DEMO_PASSWORD } from '../support/users';

/** Keycloak's token endpoint for the demo realm (bin/run starts Keycloak on 8180). */
const TOKEN_URL =
  process.env.E2E_TOKEN_URL ??
  'http://127.0.0.1:8180/realms/coproduce/protocol/openid-connect/token';

/** The first demo user of each role (they own the objects asked for) and a second one. */
export const FIRST_USERS: Record<string, string> = {
  'qi-lead': 'lena.lead',
  coordinator: 'cora.coordinator',
  volunteer: 'val.volunteer',
  finance: 'fiona.finance',
  executive: 'eve.executive',
  admin: 'ada.admin',
};

export const SECOND_USERS: Record<string, string> = {
  'qi-lead': 'leo.lead',
  coordinator: 'colin.coordinator',
  volunteer: 'vic.volunteer',
  finance: 'fred.finance',
  executive: 'ed.executive',
  admin: 'alan.admin',
};

export const ROLES = Object.keys(FIRST_USERS);

interface Token {
  value: string;
  expiresAt: number;
  claims: Record<string, unknown>;
}

const tokens = new Map<string, Token>();

/**
 * A bearer token of a demo user from the password grant of the public `coproduce-cli` client (the
 * one the launcher uses), renewed a minute before it expires.
 */
export async function tokenOf(username: string): Promise<string> {
  return (await token(username)).value;
}

export async function claimsOf(username: string): Promise<Record<string, unknown>> {
  return (await token(username)).claims;
}

async function token(username: string): Promise<Token> {
  const cached = tokens.get(username);
  if (cached && cached.expiresAt - Date.now() > 60_000) return cached;
  const keycloak = await request.newContext();
  try {
    const response = await keycloak.post(TOKEN_URL, {
      form: {
        grant_type: 'password',
        client_id: 'coproduce-cli',
        username,
        password: DEMO_PASSWORD,
      },
    });
    if (!response.ok()) {
      throw new Error(`No token for ${username}: ${response.status()} ${await response.text()}`);
    }
    const body = (await response.json()) as { access_token: string; expires_in: number };
    const payload = body.access_token.split('.')[1];
    const fresh: Token = {
      value: body.access_token,
      expiresAt: Date.now() + body.expires_in * 1000,
      claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
    };
    tokens.set(username, fresh);
    return fresh;
  } finally {
    await keycloak.dispose();
  }
}

/** A request context on the gateway that never throws on a status and never follows redirects. */
export async function gateway(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: BASE_URL, maxRedirects: 0, failOnStatusCode: false });
}
