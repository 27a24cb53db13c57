import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { demoUser, logOut, signIn } from '../support/session';

// The register, a person's record and a volunteer's own profile and consent, against the
// running system. Each run leaves the demo data changed only in ways the next run tolerates.

test('a coordinator searches the register, opens a person and changes their access needs', async ({
  page,
}) => {
  const needs = `Large print papers (e2e ${Date.now()})`;
  await signIn(page, demoUser('coordinator'));
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'People' })
    .click();
  await page.getByLabel('Name', { exact: true }).fill('okafor');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/name=okafor/);

  await page.getByRole('link', { name: 'Sam Okafor' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Sam Okafor/ })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.locator('.nhsuk-error-summary')).toHaveCount(0);
  await expect(page.locator('.nhsuk-summary-list')).toContainText('sam.okafor@example.org');
  await expect(page.getByRole('region', { name: 'The involvement newsletter' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('link', { name: /Change the profile/ }).click();
  await page.getByLabel('Access needs (optional)').fill(needs);
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('alert')).toContainText('Sam Okafor’s profile was saved');
  await expect(page.locator('.nhsuk-summary-list')).toContainText(needs);
  await logOut(page);
});

test('a volunteer changes the times that suit them and withdraws and gives newsletter consent', async ({
  page,
}) => {
  await signIn(page, demoUser('volunteer'));
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'My profile' })
    .click();
  await expect(page.locator('.nhsuk-summary-list')).toContainText('Val Volunteer');
  await page.getByRole('link', { name: 'Change your profile' }).click();

  // Turns weekends over, whatever the last run left, and expects the profile to say so.
  const weekends = page.getByLabel('Weekends');
  const wantsWeekends = !(await weekends.isChecked());
  await weekends.setChecked(wantsWeekends);
  await page.getByLabel('Weekday mornings').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert')).toContainText('Your profile was saved');
  const times = page.locator('.nhsuk-summary-list__row', { hasText: 'Times that suit' });
  await expect(times).toContainText('Weekday mornings');
  if (wantsWeekends) {
    await expect(times).toContainText('Weekends');
  } else {
    await expect(times).not.toContainText('Weekends');
  }

  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'My consent' })
    .click();
  const newsletter = page.getByRole('region', { name: 'The involvement newsletter' });
  const give = newsletter.getByRole('button', { name: /Give consent/ });
  const withdraw = newsletter.getByRole('button', { name: /Withdraw consent/ });
  await expect(give.or(withdraw)).toBeVisible();
  if (await give.isVisible()) {
    await give.click();
    await expect(withdraw).toBeVisible();
  }

  await withdraw.click();
  await expect(page.getByRole('alert')).toContainText(
    'You have withdrawn your consent to the newsletter',
  );
  await expect(newsletter).toContainText('Not agreed');

  await give.click();
  await expect(page.getByRole('alert')).toContainText(
    'You have given your consent to the newsletter',
  );
  await expect(newsletter).toContainText('You agreed on');
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});
