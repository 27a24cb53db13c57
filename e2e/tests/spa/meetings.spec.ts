import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import { contribution, meeting, mockApi, person } from './mockApi';

// The screens for meetings and "you said, we did", their API answered in the browser.

async function atPhoneWidth(page: Page, path: string, heading: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
}

test.describe('as a coordinator', () => {
  test('arranges a meeting with an agenda and an attendee found in the register', async ({
    page,
  }) => {
    const sent: unknown[] = [];
    await mockApi(page, 'coordinator', {
      'POST /api/involvement/v1/meetings': (request) => {
        sent.push(request.postDataJSON());
        return { status: 201, body: meeting };
      },
    });
    await page.goto('/meetings');
    await expect(page.getByRole('link', { name: meeting.title })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Arrange a meeting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Arrange a meeting' })).toBeFocused();

    await page.getByLabel('Title', { exact: true }).fill(meeting.title);
    await page.getByLabel('Date').fill('2026-03-18');
    await page.getByLabel('Starts at').fill('10:00');
    await page.getByLabel('Ends at').fill('12:00');
    await page.getByLabel('Where people meet (optional if it is online)').fill('Room 3');
    await page.getByLabel('What it is about').fill('Waiting times');
    await page.getByLabel('Search the register by name').fill('Sam');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('button', { name: 'Add Sam Okafor (carer)' }).click();
    await expect(page.getByRole('list', { name: 'Chosen so far' })).toContainText('Sam Okafor');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Arrange the meeting' }).click();

    await expect(page.getByRole('alert')).toContainText('The meeting was arranged');
    await expect(page).toHaveURL(new RegExp(`/meetings/${meeting.id}$`));
    expect(sent[0]).toMatchObject({
      title: meeting.title,
      location: 'Room 3',
      agenda: [{ title: 'Waiting times' }],
      attendees: [person.id],
    });
  });

  test('publishes the minutes at the version read and marks an action done', async ({ page }) => {
    const headers: Record<string, string>[] = [];
    await mockApi(page, 'coordinator', {
      [`POST /api/involvement/v1/meetings/${meeting.id}/minutes/publication`]: (request) => {
        headers.push(request.headers());
        return { status: 200, body: { ...meeting, minutesStatus: 'PUBLISHED', version: 3 } };
      },
      [`PUT /api/involvement/v1/meetings/${meeting.id}/actions/${meeting.actions[0]!.id}/status`]: (
        request,
      ) => {
        headers.push(request.headers());
        return { status: 200, body: { ...meeting.actions[0], status: 'DONE', version: 1 } };
      },
    });
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByLabel('Draft minutes')).toHaveValue(meeting.minutes);
    await expect(page.getByRole('listitem').filter({ hasText: person.displayName })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Publish the minutes' }).click();
    await expect.poll(() => headers[0]?.['if-match']).toBe('"2"');
    await page.getByRole('button', { name: /Mark done/ }).click();
    await expect.poll(() => headers[1]?.['if-match']).toBe('"0"');
  });

  test('records what was done with a contribution and that the person was told', async ({
    page,
  }) => {
    let current: Record<string, unknown> = contribution;
    await mockApi(page, 'coordinator', {
      [`GET /api/involvement/v1/contributions/${contribution.id}`]: () => ({
        status: 200,
        body: current,
      }),
      [`PUT /api/involvement/v1/contributions/${contribution.id}/we-did`]: (request) => {
        current = { ...contribution, weDid: request.postDataJSON(), version: 1 };
        return { status: 200, body: current };
      },
      [`POST /api/involvement/v1/contributions/${contribution.id}/tell-back`]: () => {
        current = {
          ...current,
          toldBack: true,
          toldBackChannel: 'PHONE',
          toldBackAt: '2026-02-20T10:00:00Z',
          version: 2,
        };
        return { status: 200, body: current };
      },
    });
    await page.goto('/tell-backs');
    await expect(page.getByRole('table', { name: /Overdue tell-backs/ })).toContainText(
      person.displayName,
    );
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: /Record what was done for Sam Okafor/ }).click();

    await expect(page.getByText(contribution.text)).toBeVisible();
    await page.getByLabel('What was done').fill('Visiting times are now on every ward door');
    await page.getByLabel('When it was done').fill('2026-02-02');
    await page.getByLabel('Who did it').fill('Ward 7 nursing team');
    await page.getByRole('button', { name: 'Save what was done' }).click();
    await page.getByLabel('By phone').check();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Record that they were told' }).click();

    await expect(page.getByText('Yes, by phone, on 20 February 2026')).toBeVisible();
  });

  for (const [path, heading] of [
    ['/meetings', 'Service user meetings'],
    ['/meetings/new', 'Arrange a meeting'],
    [`/meetings/${meeting.id}`, meeting.title],
    ['/tell-backs', 'Tell-backs overdue'],
    ['/contributions/new', 'Record what someone said'],
    [`/contributions/${contribution.id}`, 'You said, we did'],
  ]) {
    test(`"${heading}" fits a phone screen`, async ({ page }) => {
      await mockApi(page, 'coordinator');
      await atPhoneWidth(page, path!, heading!);
    });
  }
});

test.describe('as a volunteer', () => {
  test('sees the meetings they attended, the published minutes, and their contributions', async ({
    page,
  }) => {
    await mockApi(page, 'volunteer', {
      [`GET /api/involvement/v1/meetings/${meeting.id}`]: () => ({
        status: 200,
        body: {
          ...meeting,
          attendees: null,
          minutesStatus: 'PUBLISHED',
          minutesPublishedAt: '2026-03-20T09:00:00Z',
        },
      }),
    });
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'My involvement' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'My involvement' })).toBeFocused();
    await expect(page.getByText(contribution.text)).toBeVisible();
    await expect(page.getByText('We are still working on it')).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: meeting.title }).click();
    await expect(page.getByText(meeting.minutes)).toBeVisible();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });

  test('"My involvement" fits a phone screen', async ({ page }) => {
    await mockApi(page, 'volunteer');
    await atPhoneWidth(page, '/my-involvement', 'My involvement');
  });
});
