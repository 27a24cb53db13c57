import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { logOut, signIn } from '../support/session';
import { DEMO_PASSWORD, DEMO_USERS } from '../support/users';

// Real users against the running system (bin/run): the SPA served by the gateway, sign-in on
// Keycloak's own page, the home page of the user's role from the real services, and log out.

for (const user of DEMO_USERS) {
  test(`${user.username} (${user.role}) signs in, lands on "${user.home}" and logs out`, async ({
    page,
  }) => {
    await signIn(page, user);

    await expect(page.getByRole('heading', { level: 1, name: user.home })).toBeVisible();
    // Everything on the home page has loaded from the services, without a problem.
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.locator('.nhsuk-error-summary')).toHaveCount(0);
    const menu = page.getByRole('navigation', { name: 'Menu' }).getByRole('link');
    await expect(menu).toHaveText(user.menu);
    const me = await page.request.get('/api/me');
    expect(me.status()).toBe(200);
    expect((await me.json()).roles).toContain(user.role);
    await expectNoSeriousAxeViolations(page);

    await logOut(page);
    expect((await page.request.get('/api/me')).status()).toBe(401);
  });
}

test('a signed-in user goes back to the page they asked for after signing in', async ({ page }) => {
  await page.goto('/claims?status=PENDING');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').fill('fiona.finance');
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();

  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible();
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/claims?status=PENDING');
  await logOut(page);
});

test('a state-changing call without the CSRF header is refused', async ({ page }) => {
  await signIn(
    page,
    DEMO_USERS.find((u) => u.role === 'admin')!,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();

  const refused = await page.request.post('/api/strategy/v1/indicators/rebuild');
  expect(refused.status()).toBe(403);

  await page.getByRole('button', { name: 'Rebuild the indicators' }).click();
  await expect(page.getByRole('alert')).toContainText('The indicators were rebuilt');
  await logOut(page);
});

test('a coordinator adds a person to the register and records their participation', async ({
  page,
}) => {
  const name = `E2E Tester ${Date.now()}`;
  await signIn(
    page,
    DEMO_USERS.find((u) => u.role === 'coordinator')!,
  );
  await page.getByRole('link', { name: 'Add a person to the register' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Add a person to the register' }),
  ).toBeFocused();

  await page.getByLabel('Stakeholder').check();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email address (optional)').fill('not an email');
  await page.getByRole('button', { name: 'Add to the register' }).click();
  // The service refuses the email address and says why, next to the field.
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Email address (optional)')).toHaveAccessibleDescription(/Email/);

  await page.getByLabel('Email address (optional)').fill('');
  await page.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('alert')).toContainText(`${name} was added to the register`);

  await page.getByRole('link', { name: 'Record their participation' }).click();
  await page.getByLabel('Who took part').selectOption({ label: `${name} (stakeholder)` });
  await page.getByLabel('QI project').selectOption({ index: 1 });
  await page.getByLabel('Kind of activity').selectOption({ label: 'Focus group' });
  await page.getByLabel('Time given, in hours').fill('1.5');
  await page.getByRole('button', { name: 'Record participation' }).click();
  await expect(page.getByRole('alert')).toContainText('Participation recorded: 1.5 hours');
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});
