import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { logOut, signIn } from '../support/session';
import { DEMO_USERS } from '../support/users';

// A service user meeting and "you said, we did" from both sides, against the running system:
// the coordinator arranges a meeting with Val (the person of val.volunteer) attending, publishes
// its minutes with an action, records what Val said, what was done and that Val was told; then
// Val reads all of it under "My involvement". One meeting and one contribution per run.

const coordinator = DEMO_USERS.find((u) => u.role === 'coordinator')!;
const volunteer = DEMO_USERS.find((u) => u.role === 'volunteer')!;
const VAL = 'Val Volunteer (service user)';

function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

async function chooseVal(page: Page, button: 'Add' | 'Choose'): Promise<void> {
  await page.getByLabel('Search the register by name').fill('Val Volunteer');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByRole('button', { name: `${button} ${VAL}` })
    .first()
    .click();
}

test('a coordinator runs a meeting and tells Val back; Val sees both under "My involvement"', async ({
  page,
}) => {
  const run = Date.now();
  const title = `E2E forum ${run}`;
  const minutes = `Present: Val and 7 members (run ${run}).`;
  const action = `Ask estates for new signs (run ${run})`;
  const said = `Put visiting times on the ward door (run ${run})`;
  const done = `Visiting times are now on every ward door (run ${run})`;

  await signIn(page, coordinator);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  await page.getByRole('link', { name: 'Arrange a meeting' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Date').fill(today());
  await page.getByLabel('Starts at').fill('10:00');
  await page.getByLabel('Ends at').fill('11:30');
  await page.getByLabel('Where people meet (optional if it is online)').fill('Room 3');
  await page.getByLabel('What it is about').fill('Signs to the discharge lounge');
  await chooseVal(page, 'Add');
  await page.getByRole('button', { name: 'Arrange the meeting' }).click();
  await expect(page.getByRole('alert')).toContainText('The meeting was arranged');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Val Volunteer' })).toBeVisible();

  await page.getByLabel('Draft minutes').fill(minutes);
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText('The draft minutes are saved.')).toBeVisible();
  await page.getByLabel('What will be done').fill(action);
  await page.getByLabel('Someone in the register').check();
  await chooseVal(page, 'Choose');
  await page.getByRole('button', { name: 'Add the action' }).click();
  await expect(page.getByRole('table', { name: 'Actions agreed at the meeting' })).toContainText(
    action,
  );
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Publish the minutes' }).click();
  await expect(page.getByText(minutes)).toBeVisible();
  await expect(page.getByLabel('Draft minutes')).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Tell-backs' })
    .click();
  await page.getByRole('link', { name: 'Record what someone said' }).click();
  await chooseVal(page, 'Choose');
  await page.getByLabel('An idea').check();
  await page.getByLabel('What they said').fill(said);
  await page.getByRole('button', { name: 'Record what they said' }).click();
  await expect(page.getByRole('alert')).toContainText('What they said is recorded');
  await page.getByLabel('What was done').fill(done);
  await page.getByLabel('Who did it').fill('Ward 7 nursing team');
  await page.getByRole('button', { name: 'Save what was done' }).click();
  await page.getByLabel('By email').check();
  await page.getByRole('button', { name: 'Record that they were told' }).click();
  await expect(page.getByText(/^Yes, by email, on /)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await logOut(page);

  await signIn(page, volunteer);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'My involvement' })
    .click();
  await expect(page.getByText(said)).toBeVisible();
  await expect(page.getByText(done)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText(minutes)).toBeVisible();
  await expect(page.getByText(action)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who attended' })).toHaveCount(0);
  await logOut(page);
});
