import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, me, page } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { MyInvolvementPage } from './MyInvolvementPage';

describe('a volunteer’s involvement', () => {
  it('lists the meetings they attended and what happened to what they said, theirs only', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/meetings': {
        status: 200,
        body: page([
          {
            id: 'm-1',
            title: 'Forum, March',
            startsAt: '2026-03-18T10:00:00Z',
            location: 'Room 3',
            minutesStatus: 'PUBLISHED',
          },
        ]),
      },
      'GET /api/involvement/v1/contributions': {
        status: 200,
        body: page([
          {
            id: 'c-1',
            kind: 'IDEA',
            text: 'Visiting times on the door',
            contributedOn: '2026-03-14',
            tellBackDueOn: '2026-04-11',
            weDid: { text: 'Done on every ward', doneOn: '2026-04-02', doneBy: 'Ward 7 team' },
            toldBack: true,
            toldBackChannel: 'LETTER',
            toldBackAt: '2026-04-03T14:00:00Z',
          },
          {
            id: 'c-2',
            kind: 'FEEDBACK',
            text: 'The lounge is cold',
            contributedOn: '2026-03-20',
            tellBackDueOn: '2026-04-17',
            weDid: null,
            toldBack: false,
          },
        ]),
      },
    });

    renderSignedIn(<MyInvolvementPage />, me('volunteer', 'p-1'));

    const meetings = await screen.findByRole('table', {
      name: 'Meetings you attended, newest first',
    });
    expect(within(meetings).getByRole('link', { name: 'Forum, March' })).toHaveAttribute(
      'href',
      '/meetings/m-1',
    );
    expect(within(meetings).getByText('Published')).toBeVisible();
    expect(await screen.findByText('Done on every ward')).toBeVisible();
    expect(screen.getByText('Yes, by letter, on 3 April 2026')).toBeVisible();
    expect(screen.getByText('We are still working on it')).toBeVisible();
    expect(screen.getByText('Not yet. We aim to tell you by 17 April 2026.')).toBeVisible();
    const asked = calls.find((c) => c.path === '/api/involvement/v1/contributions');
    expect(asked?.search).toContain('personId=p-1');
  });
});
