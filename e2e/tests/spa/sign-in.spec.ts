import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { SIGN_IN_HEADING } from '../support/users';

// No API is mocked here: against `vite preview` /api/me is unavailable, against the running
// system nobody is signed in. Either way a visitor gets the sign-in page.
test('an anonymous visitor gets the sign-in page, which is accessible', async ({ page }) => {
  await page.goto('/projects?status=TESTING');

  await expect(page.getByRole('heading', { level: 1, name: SIGN_IN_HEADING })).toBeVisible();
  await expect(page).toHaveTitle(`${SIGN_IN_HEADING} – Coproduce`);
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveAttribute(
    'href',
    '/login?redirect=%2Fprojects%3Fstatus%3DTESTING',
  );
  await expect(page.getByRole('banner')).toContainText('Coproduce');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the skip link is the first thing to tab to and moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the sign-in page fits a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: SIGN_IN_HEADING })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
