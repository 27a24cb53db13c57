import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { candidates, election, mockApi } from './mockApi';

// Ambassador elections, their API answered in the browser.

test('a volunteer votes once and is told their vote is in', async ({ page }) => {
  let voted = false;
  const ballots: unknown[] = [];
  await mockApi(page, 'volunteer', {
    [`GET /api/involvement/v1/elections/${election.id}`]: () => ({
      status: 200,
      body: { ...election, youHaveVoted: voted },
    }),
    [`POST /api/involvement/v1/elections/${election.id}/ballot`]: (request) => {
      ballots.push(request.postDataJSON());
      voted = true;
      return { status: 204, body: null };
    },
  });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Elections' })
    .click();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: election.roleTitle }).click();
  await page.getByLabel(candidates[0]!.displayName).check();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Cast your vote' }).click();

  await expect(page.getByText(/You have voted\. Nobody can see whom you chose/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cast your vote' })).toHaveCount(0);
  expect(ballots).toEqual([{ candidatePersonId: candidates[0]!.personId }]);
});

test('a coordinator opens an election and lands on it', async ({ page }) => {
  const sent: unknown[] = [];
  await mockApi(page, 'coordinator', {
    'POST /api/involvement/v1/elections': (request) => {
      sent.push(request.postDataJSON());
      return { status: 201, body: { ...election, phase: 'UPCOMING' } };
    },
  });
  await page.goto('/elections/new');
  await page.getByRole('button', { name: 'Open the election' }).click();
  await expect(page.getByRole('link', { name: 'Enter the ambassador role' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel('Ambassador role').fill(election.roleTitle);
  await page.getByLabel('How many ambassadors are elected').fill('2');
  await page.getByLabel('Nominations open').fill('2026-04-01');
  await page.getByLabel('Nominations close').fill('2026-04-15');
  await page.getByLabel('Voting opens').fill('2026-04-20');
  await page.getByLabel('Voting closes').fill('2026-04-30');
  await page.getByRole('button', { name: 'Open the election' }).click();

  await expect(page).toHaveURL(new RegExp(`/elections/${election.id}$`));
  await expect(page.getByText('Nobody has been nominated yet.')).toBeVisible();
  expect(sent[0]).toMatchObject({ roleTitle: election.roleTitle, seats: 2, termMonths: 24 });
});

for (const [role, path, heading] of [
  ['volunteer', '/elections', 'Ambassador elections'],
  ['volunteer', `/elections/${election.id}`, election.roleTitle],
  ['coordinator', '/elections/new', 'Open an election'],
  ['coordinator', `/elections/${election.id}`, election.roleTitle],
]) {
  test(`"${heading}" fits a phone screen for a ${role}`, async ({ page }) => {
    await mockApi(page, role!);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path!);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    await expectNoSidewaysScroll(page);
  });
}
