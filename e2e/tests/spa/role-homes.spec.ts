import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { DEMO_USERS } from '../support/users';
import { mockApi } from './mockApi';

// The SPA with its API answered in the browser: each role's home page and menu, with data.
for (const user of DEMO_USERS) {
  test.describe(`as ${user.role}`, () => {
    test.beforeEach(async ({ page }) => {
      await mockApi(page, user.role);
    });

    test(`home page is "${user.home}", with the role's menu, and accessible`, async ({ page }) => {
      await page.goto('/');

      await expect(page.getByRole('heading', { level: 1, name: user.home })).toBeVisible();
      const menu = page.getByRole('navigation', { name: 'Menu' }).getByRole('link');
      await expect(menu).toHaveText(user.menu);
      await expect(menu.first()).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('link', { name: 'Log out' })).toHaveAttribute('href', '/logout');
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
    });

    test('home page fits a phone screen', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: user.home })).toBeVisible();
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoSidewaysScroll(page);
    });
  });
}

test('every screen in the menu of the widest roles and the volunteer loads and is accessible', async ({
  page,
}) => {
  test.slow();
  for (const role of ['coordinator', 'admin', 'volunteer']) {
    await mockApi(page, role);
    await page.goto('/');
    const user = DEMO_USERS.find((u) => u.role === role)!;
    for (const item of user.menu.slice(1)) {
      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: item })
        .click();
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      await expect(page.getByRole('status')).toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
    }
    await page.unrouteAll({ behavior: 'wait' });
  }
});
