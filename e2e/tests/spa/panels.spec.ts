import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { mockApi, panel } from './mockApi';

// Interview panels, their API answered in the browser.

test('a volunteer on a panel scores a candidate', async ({ page }) => {
  const scores: unknown[] = [];
  await mockApi(page, 'volunteer', {
    [`POST /api/involvement/v1/panels/${panel.id}/scores`]: (request) => {
      scores.push(request.postDataJSON());
      return { status: 201, body: { id: 'score-1', version: 0, ...request.postDataJSON() } };
    },
  });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Interview panels' })
    .click();
  await page.getByRole('link', { name: panel.postTitle }).click();
  const candidate = page.getByRole('group', { name: 'Candidate A' });
  await candidate.getByLabel(panel.criteria[0]!.text).selectOption('4');
  await expectNoSeriousAxeViolations(page);
  await candidate.getByRole('button', { name: 'Save your scores for Candidate A' }).click();

  await expect(page.getByText('Your scores for Candidate A are saved.')).toBeVisible();
  expect(scores).toEqual([
    { candidateId: panel.candidates[0]!.id, criterionId: panel.criteria[0]!.id, score: 4 },
  ]);
});

test('a coordinator sets up a panel, and sees its weighted scores', async ({ page }) => {
  await mockApi(page, 'coordinator', {
    'POST /api/involvement/v1/panels': () => ({ status: 201, body: panel }),
  });
  await page.goto('/panels/new');
  await page.getByLabel('Post').fill(panel.postTitle);
  await page.getByLabel('Day of the interviews').fill(panel.interviewDate);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Set up the panel' }).click();

  await expect(page.getByRole('table', { name: 'Weighted scores, highest first' })).toContainText(
    'Not scored yet',
  );
  await expect(page.getByRole('button', { name: 'Close the panel' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

for (const [role, path, heading] of [
  ['volunteer', '/panels', 'Interview panels'],
  ['volunteer', `/panels/${panel.id}`, panel.postTitle],
  ['coordinator', '/panels/new', 'Set up an interview panel'],
  ['coordinator', `/panels/${panel.id}`, panel.postTitle],
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
