import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { consents, levelChange, mockApi, person } from './mockApi';

// The register, a person's record and a volunteer's own profile and consent, with the API
// answered in the browser.

const PERSON_PATH = `/api/involvement/v1/people/${person.id}`;

async function onPhoneToo(page: Page, path: string, heading: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
}

test.describe('as coordinator', () => {
  test('searches the register, opens a person and sees their whole record', async ({ page }) => {
    const searches: string[] = [];
    await mockApi(page, 'coordinator', {
      'GET /api/involvement/v1/people': (request) => {
        searches.push(new URL(request.url()).search);
        return { status: 200, body: { items: [person], nextCursor: null } };
      },
    });
    await page.goto('/people');
    await page.getByLabel('Name', { exact: true }).fill('sam');
    await page.getByLabel('Type of person').selectOption({ label: 'Carer' });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/people\?name=sam&type=CARER$/);
    expect(searches.at(-1)).toContain('name=sam');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Sam Okafor' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Sam Okafor/ })).toBeFocused();
    const profile = page.locator('.nhsuk-summary-list');
    await expect(profile).toContainText('sam.okafor@example.org');
    await expect(profile).toContainText('Step-free access; a hearing loop');
    await expect(profile).toContainText('Weekday mornings, Weekends');
    await expect(page.getByRole('region', { name: 'The involvement newsletter' })).toContainText(
      'Agreed',
    );
    await expect(page.getByText('Their level is Consulting.')).toBeVisible();
    await expect(page.getByRole('table', { name: /Their recorded activities/ })).toContainText(
      'Focus group',
    );
    await expect(page.getByRole('status')).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });

  test('a person’s record fits a phone screen', async ({ page }) => {
    await mockApi(page, 'coordinator');
    await onPhoneToo(page, `/people/${person.id}`, 'Sam Okafor');
  });

  test('changes a person’s level and records their consent', async ({ page }) => {
    let level: Record<string, unknown> = levelChange;
    const sent: unknown[] = [];
    await mockApi(page, 'coordinator', {
      [`PUT ${PERSON_PATH}/pyramid-level`]: (request) => {
        sent.push(request.postDataJSON());
        level = { ...levelChange, id: 'x', fromLevel: 'CONSULTING', toLevel: 'INVOLVING' };
        return { status: 200, body: { personId: person.id, level: 'INVOLVING', version: 1 } };
      },
      [`GET ${PERSON_PATH}/pyramid-level/history`]: () => ({
        status: 200,
        body: { items: [level], nextCursor: null },
      }),
      [`POST ${PERSON_PATH}/consents`]: (request) => {
        sent.push(request.postDataJSON());
        return { status: 201, body: { id: 'c-new', purpose: 'RESEARCH', inForce: true } };
      },
    });
    await page.goto(`/people/${person.id}`);

    await page.getByLabel('Change their level').selectOption({ label: 'Involving' });
    await page.getByRole('button', { name: 'Change level' }).click();
    await expect(page.getByRole('alert')).toContainText('Their level is now Involving');
    await expect(page.getByText('Their level is Involving.')).toBeVisible();

    const research = page.getByRole('region', { name: 'Research' });
    await research.getByLabel('How did they give their consent?').selectOption('PHONE');
    await research.getByRole('button', { name: 'Record consent: Research' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Consent to research was recorded' }),
    ).toBeVisible();
    expect(sent).toEqual([
      { level: 'INVOLVING' },
      { purpose: 'RESEARCH', wordingVersion: '2026-01', channel: 'PHONE' },
    ]);
  });

  test('edits a profile with If-Match, and is told when someone else changed it first', async ({
    page,
  }) => {
    const ifMatch: (string | undefined)[] = [];
    await mockApi(page, 'coordinator', {
      [`PUT ${PERSON_PATH}`]: (request) => {
        ifMatch.push(request.headers()['if-match']);
        return ifMatch.length === 1
          ? {
              status: 412,
              body: { title: 'Precondition failed', status: 412, detail: 'reload it' },
            }
          : { status: 200, body: { ...person, ...request.postDataJSON(), version: 1 } };
      },
    });
    await page.goto(`/people/${person.id}/edit`);
    await expect(page.getByLabel('Carer')).toBeChecked();
    await expect(page.getByLabel('Weekends')).toBeChecked();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Phone number (optional)').fill('0113 496 0000');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Someone else changed this profile while you were editing it',
    );
    await page.getByRole('button', { name: 'Reload the profile' }).click();
    await page.getByLabel('Phone number (optional)').fill('0113 496 0000');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(page.getByRole('alert')).toContainText('Sam Okafor’s profile was saved');
    await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
    expect(ifMatch).toEqual(['"0"', '"0"']);
  });

  test('the edit screen fits a phone screen', async ({ page }) => {
    await mockApi(page, 'coordinator');
    await onPhoneToo(page, `/people/${person.id}/edit`, 'Change a profile');
  });

  test('registers a person with their whole profile', async ({ page }) => {
    const sent: unknown[] = [];
    await mockApi(page, 'coordinator', {
      'POST /api/involvement/v1/people': (request) => {
        sent.push(request.postDataJSON());
        return { status: 201, body: person };
      },
    });
    await page.goto('/people/new');
    await page.getByLabel('Carer').check();
    await page.getByLabel('Name', { exact: true }).fill('Sam Okafor');
    await page.getByLabel('Postcode (optional)').fill('LS1 5HD');
    await page.getByLabel('Weekday evenings').check();
    await page.getByLabel('Interests (optional)').fill('maternity\nmental health');
    await page.getByRole('button', { name: 'Add to the register' }).click();

    await expect(page.getByRole('alert')).toContainText('Sam Okafor was added to the register');
    expect(sent[0]).toEqual({
      personType: 'CARER',
      displayName: 'Sam Okafor',
      postcode: 'LS1 5HD',
      preferredTimes: ['WEEKDAY_EVENING'],
      preferredLocations: [],
      interests: ['maternity', 'mental health'],
    });
    await expectNoSeriousAxeViolations(page);
  });
});

test.describe('as volunteer', () => {
  test('sees and changes their own profile, but not their type', async ({ page }) => {
    const sent: Record<string, unknown>[] = [];
    await mockApi(page, 'volunteer', {
      [`PUT ${PERSON_PATH}`]: (request) => {
        sent.push(request.postDataJSON());
        return { status: 200, body: { ...person, ...request.postDataJSON(), version: 1 } };
      },
    });
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'My profile' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeFocused();
    await expect(page.locator('.nhsuk-summary-list')).toContainText('12 Park Row');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Change your profile' }).click();
    await expect(page.getByLabel('Carer')).toHaveCount(0);
    await page.getByLabel('Weekday evenings').check();
    await page.getByLabel('Weekends').uncheck();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Save changes' }).click();

    await expect(page.getByRole('alert')).toContainText('Your profile was saved');
    expect(sent[0]).toMatchObject({
      personType: 'CARER',
      preferredTimes: ['WEEKDAY_MORNING', 'WEEKDAY_EVENING'],
    });
  });

  test('withdraws and gives consent to the newsletter', async ({ page }) => {
    let inForce = true;
    await mockApi(page, 'volunteer', {
      [`GET ${PERSON_PATH}/consents`]: () => ({
        status: 200,
        body: {
          ...consents,
          current: consents.current.map((state) =>
            state.purpose === 'NEWSLETTER' && !inForce
              ? { purpose: 'NEWSLETTER', allowed: false }
              : state,
          ),
        },
      }),
      [`POST ${PERSON_PATH}/consents/${consents.current[1]?.consent?.id}/withdrawal`]: () => {
        inForce = false;
        return { status: 200, body: {} };
      },
      [`POST ${PERSON_PATH}/consents`]: () => {
        inForce = true;
        return { status: 201, body: {} };
      },
    });
    await page.goto('/my-consent');
    const newsletter = page.getByRole('region', { name: 'The involvement newsletter' });
    await expect(newsletter).toContainText('We send you our newsletter');
    await expectNoSeriousAxeViolations(page);

    await newsletter.getByRole('button', { name: /Withdraw consent/ }).click();
    await expect(page.getByRole('alert')).toContainText(
      'You have withdrawn your consent to the newsletter',
    );
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(newsletter).toContainText('Not agreed');

    await newsletter.getByRole('button', { name: /Give consent/ }).click();
    await expect(page.getByRole('alert')).toContainText(
      'You have given your consent to the newsletter',
    );
    await expect(newsletter).toContainText('You agreed on');
  });

  for (const [path, heading] of [
    ['/my-profile', 'My profile'],
    ['/my-profile/edit', 'Change your profile'],
    ['/my-consent', 'My consent'],
  ]) {
    test(`${heading} fits a phone screen`, async ({ page }) => {
      await mockApi(page, 'volunteer');
      await onPhoneToo(page, path!, heading!);
    });
  }
});
