import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { mockApi, person } from './mockApi';
import { batch, expenseClaim, exportLines, feeClaim, payee, rateCard } from './paymentMocks';

// The payment screens with the API answered in the browser: each works, is accessible, and fits
// a 320 px phone screen.

const P = '/api/payments/v1';

async function fitsAPhone(page: Page, path: string, heading: string | RegExp) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.locator('.nhsuk-error-summary')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
}

test.describe('as volunteer', () => {
  test('sees their totals per tax year, their claims with lines, and the benefits warning', async ({
    page,
  }) => {
    await mockApi(page, 'volunteer');
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Payments' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My payments' })).toBeFocused();
    await expect(page.getByRole('row', { name: /2026 to 27/ })).toContainText('£56.40');
    await expect(page.getByRole('row', { name: /2026 to 27/ })).toContainText('£20.00');
    await expect(
      page.getByText(/Week of 9 March 2026: £50.00 in fees, above the £20.00 limit/),
    ).toBeVisible();
    const bus = page
      .getByRole('listitem')
      .filter({ hasText: 'Bus, train or taxi fares on 20 November 2026' });
    await expect(bus).toContainText('£6.40');
    await expect(bus).toContainText('Awaiting approval');
    await expect(
      page.getByRole('table', { name: 'What the claim is made of' }).first(),
    ).toContainText('Fee for 2.5 hours');
    await expectNoSeriousAxeViolations(page);
  });

  test('claims an expense once, with one Idempotency-Key however often it is sent', async ({
    page,
  }) => {
    const sent: { key?: string; body: unknown }[] = [];
    await mockApi(page, 'volunteer', {
      [`POST ${P}/expense-claims`]: (request) => {
        sent.push({ key: request.headers()['idempotency-key'], body: request.postDataJSON() });
        return sent.length === 1
          ? {
              status: 422,
              body: {
                title: 'Rule broken',
                status: 422,
                detail: 'No rate card was in force on that day',
                errors: [{ field: 'date', message: 'No rate card was in force on that day' }],
              },
            }
          : { status: 201, body: expenseClaim };
      },
    });
    await page.goto('/my-payments');
    await page.getByRole('link', { name: 'Claim an expense' }).click();
    await page.getByRole('button', { name: 'Send the claim' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole('link', { name: 'Choose what the expense was for' }),
    ).toHaveAttribute('href', '#field-category');
    expect(sent).toEqual([]);

    await page.getByLabel('Bus, train or taxi fares').check();
    await expect(page.getByLabel('How much did it cost, in pounds?')).toHaveAccessibleDescription(
      /At most £50.00/,
    );
    await page.getByLabel('How much did it cost, in pounds?').fill('60');
    await page.getByLabel('When was it?').fill('2026-11-20');
    await page.getByRole('button', { name: 'Send the claim' }).click();
    await expect(
      summary.getByRole('link', {
        name: /most you can claim for bus, train or taxi fares is £50.00/,
      }),
    ).toBeVisible();

    await page.getByLabel('How much did it cost, in pounds?').fill('£6.40');
    await page.getByLabel('Which QI project was it for? (optional)').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Send the claim' }).click();
    await expect(
      summary.getByRole('link', { name: 'No rate card was in force on that day' }),
    ).toHaveAttribute('href', '#field-date');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Send the claim' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My payments' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Your claim for £6.40 was sent');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]!.key).toBe(sent[0]!.key);
    expect(sent[1]!.body).toEqual({
      category: 'PUBLIC_TRANSPORT',
      amountPence: 640,
      date: '2026-11-20',
      projectId: feeClaim.projectId,
    });
  });

  test('sees their bank details only in part, replaces them, and reads the benefits guidance', async ({
    page,
  }) => {
    const sent: { ifMatch?: string; body: unknown }[] = [];
    await mockApi(page, 'volunteer', {
      [`PUT ${P}/payees/${person.id}`]: (request) => {
        sent.push({ ifMatch: request.headers()['if-match'], body: request.postDataJSON() });
        return { status: 200, body: { ...payee, sortCode: '**-**-99', version: 3 } };
      },
    });
    await page.goto('/my-payments/how-i-am-paid');
    await expect(page.getByText('**-**-56')).toBeVisible();
    await expect(page.getByText('******78')).toBeVisible();
    await expect(page.getByLabel('Into my bank account')).toBeChecked();
    await expect(page.getByLabel('I receive benefits')).toBeChecked();
    await expect(page.getByText(/Repaid expenses .* are not income/)).toBeVisible();
    await expect(page.getByRole('row', { name: /9 March 2026/ })).toContainText('Yes');
    await expect(page.getByLabel('Sort code')).toHaveCount(0);

    await page.getByLabel('Replace my bank details').check();
    await page.getByLabel('Name on the account').fill('Sam Okafor');
    await page.getByLabel('Sort code').fill('11 22 99');
    await page.getByLabel('Account number').fill('1234567');
    await page.getByRole('button', { name: 'Save how I am paid' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter the account number');
    await page.getByLabel('Account number').fill('12345678');
    await page.getByRole('button', { name: 'Save how I am paid' }).click();
    await expect(page.getByRole('alert')).toContainText('you will be paid into my bank account');
    expect(sent).toEqual([
      {
        ifMatch: '"2"',
        body: {
          route: 'BACS',
          receivesBenefits: true,
          bankAccountName: 'Sam Okafor',
          sortCode: '11-22-99',
          accountNumber: '12345678',
        },
      },
    ]);
    await expectNoSeriousAxeViolations(page);
  });

  test('is shown bank details staff entered for them and says they are not theirs', async ({
    page,
  }) => {
    const sent: { path: string; ifMatch?: string }[] = [];
    const pending = {
      changeId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
      bankAccountName: 'J** S****',
      sortCode: '**-**-90',
      accountNumber: '******42',
      changedBy: 'cora',
      changedAt: '2026-11-20T10:00:00Z',
      confirmableByYou: true,
    };
    await mockApi(page, 'volunteer', {
      [`GET ${P}/payees/${person.id}`]: () => ({
        status: 200,
        body: sent.length === 0 ? { ...payee, pendingChange: pending } : { ...payee, version: 3 },
      }),
      [`POST ${P}/payees/${person.id}/pending-change/discarding`]: (request) => {
        sent.push({ path: 'discarding', ifMatch: request.headers()['if-match'] });
        return { status: 200, body: { ...payee, version: 3 } };
      },
    });
    await page.goto('/my-payments/how-i-am-paid');
    await expect(page.getByText('New bank details were entered for you')).toBeVisible();
    await expect(page.getByText(/sort code \*\*-\*\*-90, account \*\*\*\*\*\*42/)).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'These are not my bank details' }).click();
    await expect(page.getByRole('alert')).toContainText('these bank details will never be used');
    await expect(page.getByText('New bank details were entered for you')).toHaveCount(0);
    expect(sent).toEqual([{ path: 'discarding', ifMatch: '"2"' }]);
  });

  test('ticking "I receive benefits" shows what it means before saving', async ({ page }) => {
    await mockApi(page, 'volunteer', {
      [`GET ${P}/payees/${person.id}`]: () => ({
        status: 404,
        body: { title: 'Not Found', status: 404 },
      }),
    });
    await page.goto('/my-payments/how-i-am-paid');
    await expect(page.getByText(/Repaid expenses are not income/)).toHaveCount(0);
    await page.getByLabel('I receive benefits').check();
    await expect(page.getByText(/Repaid expenses are not income/)).toBeVisible();
    await page.getByLabel('Into my bank account').check();
    await expect(page.getByLabel('Sort code')).toBeVisible();
  });

  for (const [path, heading] of [
    ['/my-payments', 'My payments'],
    ['/my-payments/expense', 'Claim an expense'],
    ['/my-payments/how-i-am-paid', 'How I am paid'],
  ] as const) {
    test(`${heading} fits a phone screen and is accessible`, async ({ page }) => {
      await mockApi(page, 'volunteer');
      await fitsAPhone(page, path, heading);
    });
  }
});

test.describe('deciding on claims', () => {
  test('a coordinator sees the benefits warning, and must say why to reject', async ({ page }) => {
    const sent: { ifMatch?: string; body: unknown }[] = [];
    let current: Record<string, unknown> = feeClaim;
    await mockApi(page, 'coordinator', {
      [`GET ${P}/claims/${feeClaim.id}`]: () => ({ status: 200, body: current }),
      [`POST ${P}/claims/${feeClaim.id}/rejection`]: (request) => {
        sent.push({ ifMatch: request.headers()['if-match'], body: request.postDataJSON() });
        current = { ...feeClaim, status: 'REJECTED', version: 1 };
        return { status: 200, body: current };
      },
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'See claims awaiting approval' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Claims awaiting approval' }),
    ).toBeFocused();
    await expect(page.getByRole('row', { name: /Focus group on 14 March 2026/ })).toContainText(
      'Over the weekly limit',
    );
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Focus group on 14 March 2026' }).click();
    await expect(page.getByText(/Week of 9 March 2026: £50.00 in fees/)).toBeVisible();
    await page.getByRole('button', { name: 'Reject the claim' }).click();
    await expect(
      page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: 'Say why the claim is rejected' }),
    ).toHaveAttribute('href', '#field-reason');
    expect(sent).toEqual([]);

    await page.getByLabel('Or reject it, saying why').fill('Attendance was not confirmed');
    await page.getByRole('button', { name: 'Reject the claim' }).click();
    await expect(page.getByRole('alert')).toContainText('The claim was rejected');
    await expect(page.getByRole('button', { name: /Approve/ })).toHaveCount(0);
    expect(sent).toEqual([{ ifMatch: '"0"', body: { reason: 'Attendance was not confirmed' } }]);
    await expectNoSeriousAxeViolations(page);
  });

  test('finance approves from their home page, and is told when someone decided first', async ({
    page,
  }) => {
    let calls = 0;
    await mockApi(page, 'finance', {
      [`POST ${P}/claims/${expenseClaim.id}/approval`]: (request) => {
        calls += 1;
        expect(request.headers()['if-match']).toBe('"0"');
        return calls === 1
          ? { status: 412, body: { title: 'Precondition Failed', status: 412 } }
          : { status: 200, body: { ...expenseClaim, status: 'APPROVED', version: 1 } };
      },
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'Bus, train or taxi fares on 20 November 2026' }).click();
    await page.getByRole('button', { name: 'Approve £6.40' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText(
      'Someone else decided on this claim while you were looking',
    );
    await page.getByRole('button', { name: 'Approve £6.40' }).click();
    await expect(page.getByRole('alert')).toContainText('The claim was approved: £6.40');
  });

  for (const [role, path, heading] of [
    ['coordinator', '/approvals', 'Claims awaiting approval'],
    ['finance', `/claims/${feeClaim.id}`, 'Focus group on 14 March 2026'],
    ['coordinator', '/benefit-warnings', 'Benefits limit warnings'],
    ['finance', '/claims', 'Claims'],
  ] as const) {
    test(`${heading} (${role}) fits a phone screen and is accessible`, async ({ page }) => {
      await mockApi(page, role);
      await fitsAPhone(page, path, heading);
    });
  }
});

test.describe('as admin', () => {
  test('reads a rate card and creates the next version from it', async ({ page }) => {
    const sent: unknown[] = [];
    await mockApi(page, 'admin', {
      [`POST ${P}/rate-cards`]: (request) => {
        sent.push(request.postDataJSON());
        return {
          status: 201,
          body: { ...rateCard, version: '2027-04', effectiveFrom: '2027-04-01' },
        };
      },
      [`GET ${P}/rate-cards/2027-04`]: () => ({
        status: 200,
        body: { ...rateCard, version: '2027-04', effectiveFrom: '2027-04-01' },
      }),
    });
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Rate cards' })
      .click();
    await page.getByRole('link', { name: 'Version 2026-04' }).click();
    await expect(
      page.getByRole('definition').filter({ hasText: '£20.00 from 2 hours' }),
    ).toBeVisible();
    await expect(page.getByText('Cannot be claimed').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Back to rate cards' }).click();
    await page.getByRole('link', { name: 'Create a new version' }).click();
    await expect(page.getByLabel('Mileage rate, in pence a mile')).toHaveValue('45');
    await page.getByRole('button', { name: 'Create the version' }).click();
    await expect(
      page
        .locator('.nhsuk-error-summary')
        .getByRole('link', { name: /Enter a name for the version/ }),
    ).toHaveAttribute('href', '#field-version');

    await page.getByLabel('Name of the version').fill('2027-04');
    await page.getByLabel('In force from').fill('2027-04-01');
    await page.getByLabel('Mileage rate, in pence a mile').fill('48');
    await page.getByRole('button', { name: 'Add a fee for another activity' }).click();
    const second = page.getByRole('group', { name: 'Fee 2', exact: true });
    await second.getByLabel('Activity').selectOption({ label: 'Interview panel' });
    await second.getByLabel('How it is paid').selectOption({ label: 'By the hour, up to a cap' });
    await second.getByLabel('Fee an hour, in pounds').fill('15');
    await second.getByLabel('The most one fee may be, in pounds').fill('90');
    await page.getByLabel('Childcare, in pounds').fill('100');
    await page.getByRole('button', { name: 'Create the version' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Rate card 2027-04' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Version 2027-04 was created');
    expect(sent).toEqual([
      {
        version: '2027-04',
        effectiveFrom: '2027-04-01',
        mileagePencePerMile: 48,
        fees: [
          rateCard.fees[0],
          { activityType: 'INTERVIEW_PANEL', kind: 'HOURLY', hourlyPence: 1500, capPence: 9000 },
        ],
        expenses: [
          { category: 'PUBLIC_TRANSPORT', capPence: 5000 },
          { category: 'PARKING', capPence: 2000 },
          { category: 'CHILDCARE_COST', capPence: 10000 },
          { category: 'MILEAGE', capPence: 20000 },
        ],
      },
    ]);
  });

  for (const [path, heading] of [
    ['/rate-cards', 'Rate cards'],
    [`/rate-cards/${rateCard.version}`, `Rate card ${rateCard.version}`],
    ['/rate-cards/new', 'Create a rate card version'],
  ] as const) {
    test(`${heading} fits a phone screen and is accessible`, async ({ page }) => {
      await mockApi(page, 'admin');
      await fitsAPhone(page, path, heading);
    });
  }
});

test.describe('as finance', () => {
  test('makes a batch once from the export queue, with one Idempotency-Key', async ({ page }) => {
    const sent: { key?: string; body: unknown }[] = [];
    await mockApi(page, 'finance', {
      [`POST ${P}/export-batches`]: (request) => {
        sent.push({ key: request.headers()['idempotency-key'], body: request.postDataJSON() });
        return { status: 201, body: batch };
      },
    });
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Payment exports' })
      .click();
    await expect(page.getByRole('definition').first()).toHaveText('2 lines, £56.40');
    await page.getByRole('button', { name: 'Make the batch' }).click();
    await expect(
      page.locator('.nhsuk-error-summary').getByRole('link', { name: 'Choose the payment route' }),
    ).toHaveAttribute('href', '#field-route');
    await page.getByLabel('Payment route').selectOption({ label: 'Bank transfer (BACS)' });
    await page.getByLabel('From').fill('2026-11-01');
    await page.getByLabel('To').fill('2026-11-30');
    await page.getByRole('button', { name: 'Make the batch' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Export batch' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('A batch of 2 lines, £56.40, was made');
    expect(sent).toEqual([
      {
        key: expect.stringMatching(/^[0-9a-f-]{36}$/),
        body: { route: 'BACS', from: '2026-11-01', to: '2026-11-30' },
      },
    ]);
  });

  test('reads a batch, downloads its files, and records what was paid and what failed', async ({
    page,
  }) => {
    const sent: unknown[] = [];
    await mockApi(page, 'finance', {
      [`POST ${P}/export-batches/${batch.id}/outcomes`]: (request) => {
        sent.push(request.postDataJSON());
        return { status: 200, body: batch };
      },
    });
    await page.goto(`/payment-exports/${batch.id}`);
    await expect(page.getByText(batch.checksum)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download the CSV file' })).toHaveAttribute(
      'href',
      `/api/payments/v1/export-batches/${batch.id}/csv`,
    );
    await expect(page.getByRole('link', { name: 'Download the JSON file' })).toHaveAttribute(
      'href',
      `/api/payments/v1/export-batches/${batch.id}/json`,
    );
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Mark the line failed' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText('Say why the payment failed');
    await page.getByLabel('Which line failed?').selectOption({ index: 2 });
    await page.getByLabel('Why it failed').fill('Account closed');
    await page.getByRole('button', { name: 'Mark the line failed' }).click();
    await expect(page.getByRole('alert')).toContainText('The line was marked failed');

    await page
      .getByRole('button', { name: /^Mark paid ?: Fee of £50.00 on 14 November 2026$/ })
      .click();
    await expect(page.getByRole('alert')).toContainText('Marked paid: Fee of £50.00');
    await page.getByRole('button', { name: 'Mark all awaiting lines paid' }).click();
    await expect(page.getByRole('alert')).toContainText('2 lines were marked paid');
    expect(sent).toEqual([
      {
        outcomes: [{ lineId: exportLines[1]!.lineId, outcome: 'FAILED', reason: 'Account closed' }],
      },
      { outcomes: [{ lineId: exportLines[0]!.lineId, outcome: 'PAID' }] },
      {
        outcomes: exportLines.map((line) => ({ lineId: line.lineId, outcome: 'PAID' })),
      },
    ]);
  });

  test('who made a batch is not offered to record what was paid, and is told why', async ({
    page,
  }) => {
    await mockApi(page, 'finance', {
      [`GET ${P}/export-batches/${batch.id}`]: () => ({
        status: 200,
        body: { ...batch, madeByYou: true },
      }),
    });
    await page.goto(`/payment-exports/${batch.id}`);
    await expect(page.getByText(batch.checksum)).toBeVisible();
    await expect(
      page.getByText('You made this batch, so another finance officer or an administrator'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark all awaiting lines paid' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Mark paid/ })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });

  for (const [path, heading] of [
    ['/payment-exports', 'Payment exports'],
    [`/payment-exports/${batch.id}`, 'Export batch'],
  ] as const) {
    test(`${heading} fits a phone screen and is accessible`, async ({ page }) => {
      await mockApi(page, 'finance');
      await fitsAPhone(page, path, heading);
    });
  }
});

test('an admin adds a cost centre, and is told what the service refused', async ({ page }) => {
  const sent: unknown[] = [];
  await mockApi(page, 'admin', {
    [`POST ${P}/cost-centres`]: (request) => {
      sent.push(request.postDataJSON());
      return sent.length === 1
        ? {
            status: 409,
            body: { title: 'Conflict', status: 409, detail: 'Cost centre PEX100 exists' },
          }
        : { status: 201, body: { code: 'PEX200', name: 'Carers’ involvement' } };
    },
  });
  await page.goto('/rate-cards');
  await page.getByRole('link', { name: 'cost centres' }).click();
  await expect(page.getByRole('row', { name: /PEX100/ })).toContainText('Patient and carer');
  await page.getByLabel('Code').fill('pex100');
  await page.getByLabel('Name').fill('Duplicate');
  await page.getByRole('button', { name: 'Add the cost centre' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Cost centre PEX100 exists');
  await page.getByLabel('Code').fill('PEX200');
  await page.getByLabel('Name').fill('Carers’ involvement');
  await page.getByRole('button', { name: 'Add the cost centre' }).click();
  await expect(page.getByRole('alert')).toContainText('Cost centre PEX200 was added');
  expect(sent).toEqual([
    { code: 'PEX100', name: 'Duplicate' },
    { code: 'PEX200', name: 'Carers’ involvement' },
  ]);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
});
