import { expect, type Page } from '@playwright/test';
import { BASE_URL } from './env';
import { DEMO_PASSWORD, DEMO_USERS, SIGN_IN_HEADING, type DemoUser } from './users';

/** Signs in on Keycloak's own page and comes back to the gateway. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: SIGN_IN_HEADING })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Keycloak's login page (another origin): its field ids are stable across its themes.
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();

  await page.waitForURL((url) => url.origin === new URL(BASE_URL).origin);
}

/** Logs out through the account menu, confirming on Keycloak's page when it asks. */
export async function logOut(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: 'Log out' })
    .click();
  const signInHeading = page.getByRole('heading', { level: 1, name: SIGN_IN_HEADING });
  // Keycloak asks for confirmation only when the gateway does not send an id_token_hint.
  const confirm = page.locator('#kc-logout');
  await expect(signInHeading.or(confirm)).toBeVisible();
  if (await confirm.isVisible()) {
    await confirm.click();
    await page.goto('/');
  }
  await expect(signInHeading).toBeVisible();
}

/** The demo user of a role. */
export function demoUser(role: string): DemoUser {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`No demo user has the role ${role}`);
  return user;
}
