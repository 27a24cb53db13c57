import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { demoUser, logOut, signIn } from '../support/session';
import { SECOND_FINANCE } from '../support/users';

// Payments against the running system. Every journey makes the claims, payment details and
// versions it needs (amounts and names unique per run), so none depends on another or on order.

const today = () => new Date().toLocaleDateString('en-CA');
const todayInWords = () =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
/** An amount under the £50.00 fare cap that this run alone claims, as the screens show it. */
const uniqueFare = () => `£${((100 + (Date.now() % 4800)) / 100).toFixed(2)}`;

async function openMenu(page: Page, item: string) {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: item }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Val, signed in, claims a bus fare of `amount` for today. */
async function claimFare(page: Page, amount: string) {
  await openMenu(page, 'Payments');
  await page.getByRole('link', { name: 'Claim an expense' }).click();
  await page.getByLabel('Bus, train or taxi fares').check();
  await page.getByLabel('How much did it cost, in pounds?').fill(amount);
  await page.getByLabel('When was it?').fill(today());
  await page.getByRole('button', { name: 'Send the claim' }).click();
  await expect(page.getByRole('alert')).toContainText(`Your claim for ${amount} was sent`);
}

/** Val, signed in, is paid into her bank account (new details, whatever was stored before). */
async function payIntoBank(page: Page) {
  await openMenu(page, 'Payments');
  await page.getByRole('link', { name: 'How I am paid' }).click();
  await page.getByLabel('Into my bank account').check();
  const replace = page.getByLabel('Replace my bank details');
  if (await replace.isVisible()) await replace.check();
  await page.getByLabel('Name on the account').fill('Val Volunteer');
  await page.getByLabel('Sort code').fill('12-34-56');
  await page.getByLabel('Account number').fill('12345678');
  await page.getByRole('button', { name: 'Save how I am paid' }).click();
  await expect(page.getByRole('alert')).toContainText('you will be paid into my bank account');
}

/** Fiona, signed in, approves the claim of `amount` made today from her home page. */
async function approveFare(page: Page, amount: string) {
  await page
    .getByRole('row')
    .filter({ hasText: amount })
    .getByRole('link', { name: `Bus, train or taxi fares on ${todayInWords()}` })
    .click();
  await page.getByRole('button', { name: `Approve ${amount}` }).click();
  await expect(page.getByRole('alert')).toContainText(`The claim was approved: ${amount}`);
}

test('Val claims an expense and sees it in My payments', async ({ page }) => {
  const amount = uniqueFare();
  await signIn(page, demoUser('volunteer'));
  await claimFare(page, amount);
  await expect(page.getByRole('heading', { level: 1, name: 'My payments' })).toBeVisible();
  const claim = page
    .getByRole('listitem')
    .filter({ hasText: `Bus, train or taxi fares on ${todayInWords()}` })
    .filter({ hasText: amount });
  await expect(claim).toContainText('Awaiting approval');
  await expect(claim.getByRole('table', { name: 'What the claim is made of' })).toContainText(
    'Expense',
  );
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});

test('Val chooses to be paid into her bank account and sees the details only in part', async ({
  page,
}) => {
  await signIn(page, demoUser('volunteer'));
  await payIntoBank(page);
  await expect(page.getByText('**-**-56')).toBeVisible();
  await expect(page.getByText('12345678')).toHaveCount(0);
  await expect(page.getByLabel('Replace my bank details')).not.toBeChecked();
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});

test('finance approves an expense Val claimed', async ({ page }) => {
  const amount = uniqueFare();
  await signIn(page, demoUser('volunteer'));
  await claimFare(page, amount);
  await logOut(page);

  await signIn(page, demoUser('finance'));
  await approveFare(page, amount);
  await expect(page.getByRole('button', { name: `Approve ${amount}` })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});

test('finance exports an approved expense, checks the CSV against its checksum, and a second finance officer marks it paid', async ({
  page,
}) => {
  test.slow();
  const amount = uniqueFare();
  await signIn(page, demoUser('volunteer'));
  await payIntoBank(page);
  await claimFare(page, amount);
  await logOut(page);

  await signIn(page, demoUser('finance'));
  await approveFare(page, amount);
  await openMenu(page, 'Payment exports');
  await page.getByLabel('Payment route').selectOption({ label: 'Bank transfer (BACS)' });
  await page.getByLabel('From').fill(today());
  await page.getByLabel('To').fill(today());
  await page.getByRole('button', { name: 'Make the batch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export batch' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('was made');
  await expect(page.getByRole('row').filter({ hasText: `Expense of ${amount}` })).toContainText(
    'Awaiting',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the CSV file' }).click();
  const csv = await readFile(await (await download).path());
  const checksum = createHash('sha256').update(csv).digest('hex');
  await expect(page.getByText(checksum)).toBeVisible();
  expect(csv.toString('utf8')).toContain('12345678');

  // Fiona made the batch, so a second finance officer records what was paid from it.
  await expect(page.getByText('You made this batch, so another finance officer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all awaiting lines paid' })).toHaveCount(0);
  const batchPage = new URL(page.url()).pathname;
  await logOut(page);

  await signIn(page, SECOND_FINANCE);
  await page.goto(batchPage);
  await page.getByRole('button', { name: 'Mark all awaiting lines paid' }).click();
  await expect(page.getByRole('alert')).toContainText('marked paid');
  await expect(page.getByRole('row').filter({ hasText: `Expense of ${amount}` })).toContainText(
    'Paid',
  );
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});

test('a coordinator enters bank details for Val; Val is told, and says they are not hers', async ({
  page,
}) => {
  test.slow();
  await signIn(page, demoUser('volunteer'));
  const { personId } = (await (await page.request.get('/api/me')).json()) as { personId: string };
  await logOut(page);

  await signIn(page, demoUser('coordinator'));
  const payee = `/api/payments/v1/payees/${personId}`;
  const current = await page.request.get(payee);
  const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const entered = await page.request.put(payee, {
    headers: { 'X-XSRF-TOKEN': xsrf, 'If-Match': current.headers()['etag'] ?? '"0"' },
    data: {
      route: 'BACS',
      bankAccountName: 'Someone Else',
      sortCode: '99-88-77',
      accountNumber: '99887766',
      receivesBenefits: false,
    },
  });
  expect(entered.status()).toBe(200);
  await logOut(page);

  await signIn(page, demoUser('volunteer'));
  await openMenu(page, 'Messages');
  const notice = page.getByText('New bank details were entered for you: please check them');
  await expect
    .poll(async () => {
      await page.reload();
      return notice.count();
    })
    .toBeGreaterThan(0);
  await openMenu(page, 'Payments');
  await page.getByRole('link', { name: 'How I am paid' }).click();
  await expect(page.getByText('New bank details were entered for you')).toBeVisible();
  await expect(page.getByText('account ******66')).toBeVisible();
  await page.getByRole('button', { name: 'These are not my bank details' }).click();
  await expect(page.getByRole('alert')).toContainText('these bank details will never be used');
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});

test('an administrator creates a rate card version from the latest one', async ({ page }) => {
  const version = `e2e-${Date.now()}`;
  await signIn(page, demoUser('admin'));
  // A day after the latest version's, and far ahead, so that no real claim is priced by it.
  const latest = await page.request.get('/api/payments/v1/rate-cards?limit=1');
  const latestDay = ((await latest.json()) as { items: { effectiveFrom: string }[] }).items[0]
    ?.effectiveFrom;
  const day = new Date(Math.max(Date.parse('2099-01-01'), Date.parse(latestDay ?? '2000-01-01')));
  day.setUTCDate(day.getUTCDate() + 1);

  await openMenu(page, 'Rate cards');
  await page.getByRole('link', { name: 'Create a new version' }).click();
  await page.getByLabel('Name of the version').fill(version);
  await page.getByLabel('In force from').fill(day.toISOString().slice(0, 10));
  await page.getByLabel('Childcare, in pounds').fill('95.00');
  await page.getByRole('button', { name: 'Create the version' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Rate card ${version}` })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`Version ${version} was created`);
  await expect(page.getByRole('definition').filter({ hasText: '£95.00' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await logOut(page);
});
