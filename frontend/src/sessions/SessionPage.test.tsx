import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi, me, page } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { SessionPage } from './SessionPage';

const SESSION = '11111111-1111-4111-8111-111111111111';
const session = {
  id: SESSION,
  activityId: 'a1',
  startsAt: '2026-03-14T10:00:00Z',
  endsAt: '2026-03-14T12:00:00Z',
  online: true,
  version: 0,
};
const people = page([
  { id: 'p-sam', displayName: 'Sam Okafor' },
  { id: 'p-val', displayName: 'Val Volunteer' },
]);

function renderSession() {
  renderSignedIn(
    <Routes>
      <Route path="/sessions/:id" element={<SessionPage />} />
    </Routes>,
    me('coordinator'),
    `/sessions/${SESSION}`,
  );
}

const routes = {
  [`GET /api/involvement/v1/sessions/${SESSION}`]: { status: 200, body: session },
  'GET /api/involvement/v1/people': { status: 200, body: people },
  [`GET /api/involvement/v1/sessions/${SESSION}/feedback/summary`]: {
    status: 200,
    body: { sessionId: SESSION, responses: 0 },
  },
};

describe('a session’s attendance sheet', () => {
  it('shows the service’s error on the line it names, and records nothing', async () => {
    const calls = fakeApi({
      ...routes,
      [`GET /api/involvement/v1/sessions/${SESSION}/attendance`]: {
        status: 200,
        body: { sessionId: SESSION, activityId: 'a1', entries: [] },
      },
      [`POST /api/involvement/v1/sessions/${SESSION}/attendance`]: {
        status: 400,
        body: {
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'entries[1].hours', message: 'must be less than or equal to 24' }],
        },
      },
    });
    renderSession();

    await userEvent.selectOptions(await screen.findByLabelText('Who attended'), 'Sam Okafor');
    await userEvent.type(screen.getByLabelText('Time, in hours'), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Add another person' }));
    const second = screen.getByRole('group', { name: 'Line 2' });
    await userEvent.selectOptions(within(second).getByLabelText('Who attended'), 'Val Volunteer');
    // 24 passes our check; the service is the one that refuses, naming line 2.
    await userEvent.type(within(second).getByLabelText('Time, in hours'), '24');
    await userEvent.click(screen.getByRole('button', { name: 'Record attendance' }));

    expect(
      await screen.findByRole('link', {
        name: 'Line 2: the time must be less than or equal to 24',
      }),
    ).toHaveAttribute('href', '#field-entries[1].hours');
    expect(within(second).getByLabelText('Time, in hours')).toHaveAccessibleDescription(
      expect.stringContaining('must be less than or equal to 24'),
    );
    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.body).toEqual({
      entries: [
        { personId: 'p-sam', hours: 2 },
        { personId: 'p-val', hours: 24 },
      ],
    });
  });

  it('lists who attended by name with a way to correct their hours', async () => {
    fakeApi({
      ...routes,
      [`GET /api/involvement/v1/sessions/${SESSION}/attendance`]: {
        status: 200,
        body: {
          sessionId: SESSION,
          activityId: 'a1',
          entries: [
            { participationId: 'pa1', personId: 'p-val', hours: 1.5, participationVersion: 0 },
          ],
        },
      },
    });
    renderSession();

    const table = await screen.findByRole('table', { name: 'Who attended and their hours' });
    expect(table).toHaveTextContent('Val Volunteer');
    expect(table).toHaveTextContent('1.5 hours');
    expect(
      within(table).getByRole('link', { name: 'Correct the hours of Val Volunteer' }),
    ).toHaveAttribute('href', `/participations/pa1/correction?session=${SESSION}`);
  });
});
