import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, me, page } from '../../test/fakeApi';
import { renderSignedIn } from '../../test/render';
import { VolunteerHome } from './VolunteerHome';

describe('a volunteer’s home page', () => {
  it('shows their hours and their claims, asking only about their own record', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people/p-1': {
        status: 200,
        body: { id: 'p-1', displayName: 'Val' },
      },
      'GET /api/involvement/v1/participations': {
        status: 200,
        body: page([
          { id: 'a', activityType: 'FOCUS_GROUP', date: '2026-03-14', hours: 2.5 },
          { id: 'b', activityType: 'CO_PRODUCTION_WORKSHOP', date: '2026-02-01', hours: 1.25 },
        ]),
      },
      'GET /api/payments/v1/claims': {
        status: 200,
        body: page([
          {
            id: 'c',
            activityType: 'FOCUS_GROUP',
            activityDate: '2026-03-14',
            hours: 2.5,
            amountPence: 5000,
            status: 'APPROVED',
          },
        ]),
      },
    });

    renderSignedIn(<VolunteerHome />, me('volunteer', 'p-1'));

    expect(await screen.findByText('Hello Val. Thank you for your time.')).toBeVisible();
    expect(await screen.findByText(/You have given/)).toHaveTextContent(
      'You have given 3.75 hours.',
    );
    const claims = await screen.findByRole('table', { name: 'Your claims, newest first' });
    expect(within(claims).getByText('£50.00')).toBeVisible();
    expect(within(claims).getByText('Approved')).toBeVisible();
    expect(
      calls.filter((c) => c.path !== '/api/involvement/v1/people/p-1').map((c) => c.search),
    ).toEqual(expect.arrayContaining([expect.stringContaining('personId=p-1')]));
    expect(calls.every((c) => c.path.endsWith('/p-1') || c.search.includes('personId=p-1'))).toBe(
      true,
    );
  });

  it('explains when the account is not linked to a record in the register', () => {
    fakeApi({});

    renderSignedIn(<VolunteerHome />, me('volunteer', null));

    expect(screen.getByText(/not linked to your record/)).toBeVisible();
  });
});
