import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { BASE_URL } from '../support/env';
import { mockApi, person } from './mockApi';

test('adding a person sends the CSRF token and shows the field errors the server gives', async ({
  page,
  context,
}) => {
  const sent: Record<string, string>[] = [];
  await context.addCookies([
    {
      name: 'XSRF-TOKEN',
      value: 'token-123',
      url: new URL(BASE_URL).origin,
    },
  ]);
  await mockApi(page, 'coordinator', {
    'POST /api/involvement/v1/people': (request) => {
      sent.push(request.headers());
      return {
        status: 400,
        body: {
          type: 'https://coproduce.example/problems/validation',
          title: 'Some fields are not valid',
          status: 400,
          detail: 'Check the email address.',
          errors: [{ field: 'email', message: 'must be a well-formed email address' }],
        },
      };
    },
  });
  await page.goto('/people/new');
  await page.getByLabel('Carer').check();
  await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
  await page.getByLabel('Email address (optional)').fill('sam@');
  await page.getByRole('button', { name: 'Add to the register' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Some fields are not valid');
  await expect(summary).toContainText('Check the email address.');
  await expect(summary.getByRole('link', { name: /Email must be a well-formed/ })).toBeVisible();
  await expect(page.getByLabel('Email address (optional)')).toHaveAccessibleDescription(
    /must be a well-formed email address/,
  );
  expect(sent[0]?.['x-xsrf-token']).toBe('token-123');
  await expectNoSeriousAxeViolations(page);
});

test('a person added to the register is confirmed', async ({ page }) => {
  await mockApi(page, 'coordinator', {
    'POST /api/involvement/v1/people': () => ({ status: 201, body: person }),
  });
  await page.goto('/people/new');
  await page.getByLabel('Carer').check();
  await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
  await page.getByRole('button', { name: 'Add to the register' }).click();

  await expect(page.getByRole('alert')).toContainText('Sam Okafor was added to the register');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
});

test('an administrator rebuilds the indicators', async ({ page }) => {
  await mockApi(page, 'admin');
  await page.goto('/');
  await page.getByRole('button', { name: 'Rebuild the indicators' }).click();
  await expect(page.getByRole('alert')).toContainText('The indicators were rebuilt');
});
