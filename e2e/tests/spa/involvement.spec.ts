import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from '../support/axe';
import {
  activity,
  attended,
  draft,
  interest,
  message,
  opportunity,
  session,
} from './involvementMocks';
import { mockApi, person } from './mockApi';

// Opportunities, sessions and attendance, feedback and data rights, with the API answered in the
// browser: each screen works, is accessible, and fits a 320 px phone screen.

const I = '/api/involvement/v1';

async function fitsAPhone(page: Page, path: string, heading: string | RegExp) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.locator('.nhsuk-error-summary')).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousAxeViolations(page);
}

test.describe('as coordinator', () => {
  test('drafts an opportunity, is told what is missing, then saves and publishes it', async ({
    page,
  }) => {
    const sent: unknown[] = [];
    let current: Record<string, unknown> = draft;
    const headers: Record<string, string | undefined> = {};
    await mockApi(page, 'coordinator', {
      [`POST ${I}/opportunities`]: (request) => {
        sent.push(request.postDataJSON());
        return { status: 201, body: draft };
      },
      [`GET ${I}/opportunities/${draft.id}`]: () => ({ status: 200, body: current }),
      [`POST ${I}/opportunities/${draft.id}/publication`]: (request) => {
        headers.publish = request.headers()['if-match'];
        current = { ...draft, status: 'PUBLISHED', version: 1 };
        return { status: 200, body: current };
      },
      [`GET ${I}/opportunities/${draft.id}/suggested-people`]: () => ({ status: 200, body: [] }),
      [`GET ${I}/opportunities/${draft.id}/expressions-of-interest`]: () => ({
        status: 200,
        body: { items: [], nextCursor: null },
      }),
    });
    await page.goto('/opportunities/new');
    await page.getByLabel('Kind of opportunity').selectOption({ label: 'QI project role' });
    await page.getByRole('button', { name: 'Save the draft' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: 'Choose Big I or Little I' })).toHaveAttribute(
      'href',
      '#field-involvementLevel',
    );
    expect(sent).toEqual([]);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel(/Big I: a full member/).check();
    await page
      .getByLabel('QI project')
      .selectOption({ label: 'Reducing missed outpatient appointments' });
    await page.getByLabel('Title').fill(draft.title);
    await page.getByLabel('What difference this will make').fill(draft.purpose);
    await page.getByLabel('In a place').check();
    await page.getByLabel('Where', { exact: true }).fill(draft.location);
    await page.getByLabel('Topics (optional)').fill('carers\nolder people');
    await page.getByLabel('Places').fill('2');
    await page.getByRole('button', { name: 'Save the draft' }).click();

    await expect(page.getByRole('heading', { level: 1, name: draft.title })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('The draft was saved');
    expect(sent[0]).toMatchObject({
      kind: 'QI_PROJECT_ROLE',
      involvementLevel: 'BIG_I',
      online: false,
      topics: ['carers', 'older people'],
      placesAvailable: 2,
    });

    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('alert')).toContainText('It is published');
    await expect(page.getByRole('button', { name: 'Close to new interest' })).toBeVisible();
    expect(headers.publish).toBe('"0"');
    await expectNoSeriousAxeViolations(page);
  });

  test('filters the list, invites suggested people and shortlists someone interested', async ({
    page,
  }) => {
    const searches: string[] = [];
    let decided = interest;
    await mockApi(page, 'coordinator', {
      [`GET ${I}/opportunities`]: (request) => {
        searches.push(new URL(request.url()).search);
        return { status: 200, body: { items: [opportunity], nextCursor: null } };
      },
      [`POST ${I}/opportunities/${opportunity.id}/invitations`]: () => ({
        status: 200,
        body: { opportunityId: opportunity.id, invited: 1, alreadyInvited: 0 },
      }),
      [`POST ${I}/expressions-of-interest/${interest.id}/shortlisting`]: () => {
        decided = { ...interest, status: 'SHORTLISTED', version: 1 };
        return { status: 200, body: decided };
      },
      [`GET ${I}/opportunities/${opportunity.id}/expressions-of-interest`]: () => ({
        status: 200,
        body: { items: [decided], nextCursor: null },
      }),
    });
    await page.goto('/opportunities');
    await page.getByLabel('Status').selectOption({ label: 'Published' });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/status=PUBLISHED/);
    expect(searches.at(-1)).toContain('status=PUBLISHED');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: opportunity.title }).click();
    await expect(page.getByRole('region', { name: 'Suggested people' })).toContainText(
      'interested in mental health',
    );
    await page.getByRole('button', { name: 'Invite them' }).click();
    await expect(page.getByRole('alert')).toContainText('1 person was invited');

    await page.getByRole('button', { name: `Shortlist ${person.displayName}` }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: `${person.displayName}: shortlisted` }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: `Shortlist ${person.displayName}` })).toHaveCount(
      0,
    );
    await expectNoSeriousAxeViolations(page);
  });

  test('records an attendance sheet, and sees the line the service refused', async ({ page }) => {
    let answers = 0;
    const keys: (string | undefined)[] = [];
    await mockApi(page, 'coordinator', {
      [`POST ${I}/sessions/${session.id}/attendance`]: (request) => {
        answers += 1;
        keys.push(request.headers()['idempotency-key']);
        if (answers === 1) {
          return {
            status: 409,
            body: {
              title: 'Conflict',
              status: 409,
              detail: 'Attendance is already recorded',
              errors: [{ field: 'entries[0].personId', message: 'Attendance is already recorded' }],
            },
          };
        }
        const entries = (
          request.postDataJSON() as { entries: { personId: string; hours: number }[] }
        ).entries;
        return {
          status: 200,
          body: {
            sessionId: session.id,
            activityId: activity.id,
            entries: entries.map((e, i) => ({
              ...e,
              participationId: `p${i}`,
              participationVersion: 0,
            })),
          },
        };
      },
    });
    await page.goto(`/activities/${activity.id}`);
    await page.getByRole('link', { name: /20 November 2026/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Session attendance' })).toBeFocused();
    await expect(page.getByText('2 people gave feedback')).toBeVisible();

    await page.getByLabel('Who attended').selectOption({ label: person.displayName });
    await page.getByLabel('Time, in hours').fill('1.5');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(
      summary.getByRole('link', { name: 'Attendance is already recorded' }),
    ).toHaveAttribute('href', '#field-entries[0].personId');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Record attendance' }).click();
    await expect(page.getByRole('alert')).toContainText('Attendance recorded for 1 person');
    // One key for the sheet however often it is sent, so a retry never records it twice.
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  test('corrects a participation’s hours with a reason, sending the version it saw', async ({
    page,
  }) => {
    const sent: { body?: unknown; ifMatch?: string } = {};
    await mockApi(page, 'coordinator', {
      [`POST ${I}/participations/${attended.id}/corrections`]: (request) => {
        sent.body = request.postDataJSON();
        sent.ifMatch = request.headers()['if-match'];
        return {
          status: 201,
          body: {
            id: 'c1',
            participationId: attended.id,
            previousHours: 1.5,
            hours: 2,
            reason: 'Overran',
            participationVersion: 1,
          },
        };
      },
    });
    await page.goto(`/participations/${attended.id}/correction?session=${session.id}`);
    await page.getByLabel('The right time, in hours').fill('2');
    await page.getByLabel('Why the hours were wrong').fill('Overran');
    await page.getByRole('button', { name: 'Correct the hours' }).click();
    await expect(page.getByRole('alert')).toContainText('from 1.5 hours to 2 hours');
    expect(sent).toEqual({ body: { hours: 2, reason: 'Overran' }, ifMatch: '"0"' });
  });

  test('downloads everything held about a person, and is told what erasure keeps', async ({
    page,
  }) => {
    await mockApi(page, 'coordinator');
    await page.route(`**/api/subject-access/${person.id}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: {
          'Content-Disposition': `attachment; filename="coproduce-subject-access-${person.id}.json"`,
        },
        body: JSON.stringify({ personId: person.id, services: {} }),
      }),
    );
    await page.goto(`/people/${person.id}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download everything we hold' }).click();
    expect((await download).suggestedFilename()).toBe(`coproduce-subject-access-${person.id}.json`);
    await expect(page.getByRole('alert')).toContainText('The file was downloaded');

    await page.getByRole('link', { name: 'Erase this person' }).click();
    await expect(page.getByText(/payments made to them remain/)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  for (const [path, heading] of [
    ['/opportunities', 'Opportunities'],
    ['/opportunities/new', 'Draft an opportunity'],
    [`/opportunities/${opportunity.id}`, opportunity.title],
    ['/activities', 'Activities'],
    [`/activities/${activity.id}`, activity.title],
    [`/activities/${activity.id}/evaluation`, '4Pi evaluation'],
    [`/sessions/${session.id}`, 'Session attendance'],
    [`/people/${person.id}/erase`, 'Erase this person'],
  ] as const) {
    test(`${heading} fits a phone screen and is accessible`, async ({ page }) => {
      await mockApi(page, 'coordinator');
      await fitsAPhone(page, path, heading);
    });
  }
});

test.describe('as volunteer', () => {
  test('finds a matching opportunity and says they are interested', async ({ page }) => {
    let mine: unknown[] = [];
    await mockApi(page, 'volunteer', {
      [`GET ${I}/expressions-of-interest`]: () => ({
        status: 200,
        body: { items: mine, nextCursor: null },
      }),
      [`POST ${I}/opportunities/${opportunity.id}/expressions-of-interest`]: (request) => {
        mine = [{ ...interest, note: (request.postDataJSON() as { note: string }).note }];
        return { status: 201, body: mine[0] };
      },
    });
    await page.goto('/find-opportunities');
    const suggested = page.getByRole('region', { name: 'Suggested for you' });
    await expect(suggested).toContainText('Why it suits you: interested in mental health');
    await expectNoSeriousAxeViolations(page);

    await suggested.getByRole('link', { name: opportunity.title }).click();
    await page.getByLabel(/Anything the involvement team should know/).fill('Free on Tuesdays');
    await page.getByRole('button', { name: 'I’m interested' }).click();
    await expect(page.getByRole('alert')).toContainText('we have your interest');
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'See all your interest' }).click();
    await expect(page.getByRole('link', { name: opportunity.title })).toBeVisible();
    await expect(page.getByText('Waiting for a decision')).toBeVisible();
  });

  test('opens a new message, which is then read', async ({ page }) => {
    let read = false;
    await mockApi(page, 'volunteer', {
      [`POST ${I}/messages/${message.id}/read`]: () => {
        read = true;
        return { status: 200, body: { ...message, read: true, version: 1 } };
      },
    });
    await page.goto('/messages');
    await expect(page.getByText('You have 1 unread message.')).toBeVisible();
    await page.getByText(message.subject).click();
    await expect(page.getByText(message.body)).toBeVisible();
    await expect(page.getByText('You have read all your messages.')).toBeVisible();
    expect(read).toBe(true);
    await expectNoSeriousAxeViolations(page);
  });

  test('sees their sessions and tells us how one went', async ({ page }) => {
    const sent: unknown[] = [];
    await mockApi(page, 'volunteer', {
      [`GET ${I}/participations`]: () => ({
        status: 200,
        body: { items: [attended], nextCursor: null },
      }),
      [`POST ${I}/sessions/${session.id}/feedback`]: (request) => {
        sent.push(request.postDataJSON());
        return { status: 201, body: { id: 'f1', sessionId: session.id } };
      },
    });
    await page.goto('/my-sessions');
    await expect(page.getByText('You have given 1.5 hours.')).toBeVisible();
    await page.getByRole('link', { name: /Tell us how it went/ }).click();
    await page.getByLabel('4: good').check();
    await page.getByLabel('5: very useful').check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect(page.getByRole('alert')).toContainText('Thank you for your feedback');
    expect(sent).toEqual([{ overall: 4, usefulness: 5 }]);
  });

  for (const [path, heading] of [
    ['/find-opportunities', 'Find opportunities'],
    [`/opportunities/${opportunity.id}`, opportunity.title],
    ['/my-interest', 'My interest'],
    ['/messages', 'Messages'],
    ['/my-sessions', 'My sessions'],
    [`/my-sessions/${session.id}/feedback`, 'Tell us how it went'],
    ['/my-profile', 'My profile'],
  ] as const) {
    test(`${heading} fits a phone screen and is accessible`, async ({ page }) => {
      await mockApi(page, 'volunteer');
      await fitsAPhone(page, path, heading);
    });
  }
});
