import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { demoUser, logOut, signIn } from '../support/session';

// Opportunities, attendance and subject access against the running system. Every run makes its
// own opportunity, activity and session, so runs do not depend on what earlier runs left.

async function openMenu(page: Page, item: string) {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: item }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
}

test('a coordinator publishes an opportunity, Val says she is interested, and is selected', async ({
  page,
}) => {
  test.slow();
  const title = `E2E focus group ${Date.now()}`;
  await signIn(page, demoUser('coordinator'));
  await openMenu(page, 'Opportunities');
  await page.getByRole('link', { name: 'Draft an opportunity' }).click();
  await page.getByLabel('Kind of opportunity').selectOption({ label: 'Focus group' });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('What difference this will make').fill('Reminders that people act on');
  await page.getByLabel('Online').check();
  await page.getByLabel('Topics (optional)').fill('mental health');
  await page.getByLabel('Places').fill('3');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('alert')).toContainText('It is published');
  await expectNoSeriousAxeViolations(page);
  const opportunityPath = new URL(page.url()).pathname;
  await logOut(page);

  await signIn(page, demoUser('volunteer'));
  await openMenu(page, 'Find opportunities');
  await page
    .getByRole('region', { name: 'All open opportunities' })
    .getByRole('link', { name: title })
    .click();
  await page.getByLabel(/Anything the involvement team should know/).fill('Mornings suit me');
  await page.getByRole('button', { name: 'I’m interested' }).click();
  await expect(page.getByRole('alert')).toContainText('we have your interest');
  await openMenu(page, 'My interest');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await logOut(page);

  await signIn(page, demoUser('coordinator'));
  await page.goto(opportunityPath);
  await expect(page.getByText('Mornings suit me')).toBeVisible();
  await page.getByRole('button', { name: 'Select Val Volunteer' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Val Volunteer: selected' }),
  ).toBeVisible();
  await logOut(page);

  await signIn(page, demoUser('volunteer'));
  await openMenu(page, 'Messages');
  await expect(page.getByText(title).first()).toBeVisible();
  await logOut(page);
});

test('a coordinator plans an activity, arranges a session and records its attendance sheet', async ({
  page,
}) => {
  test.slow();
  const title = `E2E workshop ${Date.now()}`;
  await signIn(page, demoUser('coordinator'));
  await openMenu(page, 'Activities');
  await page.getByRole('link', { name: 'Plan an activity' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Kind of activity').selectOption({ label: 'Co-production workshop' });
  await page.getByLabel(/Little I/).check();
  await page.getByLabel('What difference this will make').fill('Letters people understand');
  await page.getByRole('button', { name: 'Plan the activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  await page.getByLabel('Starts').fill('2026-03-14T10:00');
  await page.getByLabel('Ends').fill('2026-03-14T12:00');
  await page.getByLabel('Online').check();
  await page.getByRole('button', { name: 'Arrange the session' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'A session was arranged' })).toBeVisible();
  await page.getByRole('link', { name: /14 March 2026/ }).click();

  await expect(page.getByText('No attendance has been recorded yet.')).toBeVisible();
  await page.getByLabel('Who attended').selectOption({ label: 'Val Volunteer' });
  await page.getByLabel('Time, in hours').fill('2');
  await page.getByRole('button', { name: 'Record attendance' }).click();
  await expect(page.getByRole('alert')).toContainText('Attendance recorded for 1 person');
  const sheet = page.getByRole('table', { name: 'Who attended and their hours' });
  await expect(sheet).toContainText('Val Volunteer');

  // Val again on line 2: the service refuses that line, and records nobody from the sheet.
  await page.getByLabel('Who attended').selectOption({ label: 'Sam Okafor' });
  await page.getByLabel('Time, in hours').fill('2.5');
  await page.getByRole('button', { name: 'Add another person' }).click();
  const second = page.getByRole('group', { name: 'Line 2' });
  await second.getByLabel('Who attended').selectOption({ label: 'Val Volunteer' });
  await second.getByLabel('Time, in hours').fill('2');
  await page.getByRole('button', { name: 'Record attendance' }).click();
  await expect(
    page.locator('.nhsuk-error-summary a[href="#field-entries[1].personId"]'),
  ).toBeVisible();
  await expect(sheet).not.toContainText('Sam Okafor');

  await page.getByRole('button', { name: 'Remove line 2' }).click();
  await page.getByRole('button', { name: 'Record attendance' }).click();
  await expect(page.getByRole('alert')).toContainText('Attendance recorded for 1 person');
  await expect(sheet).toContainText('Sam Okafor');
  await expect(sheet).toContainText('2.5 hours');
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});

test('a coordinator downloads everything held about a person', async ({ page }) => {
  await signIn(page, demoUser('coordinator'));
  await openMenu(page, 'People');
  await page.getByLabel('Name', { exact: true }).fill('okafor');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Sam Okafor' }).first().click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything we hold' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^coproduce-subject-access-.*\.json$/);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const held = JSON.parse(await readFile(path, 'utf8')) as { services: Record<string, unknown> };
  expect(Object.keys(held.services)).toContain('involvement');
  await logOut(page);
});
