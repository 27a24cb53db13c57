import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi, me, page } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { OpportunityPage } from './OpportunityPage';

const ID = '22222222-2222-4222-8222-222222222222';
const opportunity = {
  id: ID,
  kind: 'FOCUS_GROUP',
  title: 'Focus group: why appointments get missed',
  purpose: 'Fewer missed appointments',
  online: true,
  topics: ['appointments'],
  timesOfWeek: ['WEEKDAY_MORNING'],
  placesAvailable: 8,
  status: 'PUBLISHED',
  version: 1,
};
const interest = {
  id: 'i1',
  opportunityId: ID,
  opportunityTitle: opportunity.title,
  personId: 'p-val',
  personDisplayName: 'Val Volunteer',
  note: 'Free on Tuesdays',
  status: 'SHORTLISTED',
  version: 4,
};

function renderAs(role: string) {
  renderSignedIn(
    <Routes>
      <Route path="/opportunities/:id" element={<OpportunityPage />} />
    </Routes>,
    me(role, role === 'volunteer' ? 'p-val' : null),
    `/opportunities/${ID}`,
  );
}

describe('an opportunity', () => {
  it('lets a volunteer say they are interested, with a note', async () => {
    const calls = fakeApi({
      [`GET /api/involvement/v1/opportunities/${ID}`]: { status: 200, body: opportunity },
      'GET /api/involvement/v1/expressions-of-interest': { status: 200, body: page([]) },
      [`POST /api/involvement/v1/opportunities/${ID}/expressions-of-interest`]: {
        status: 201,
        body: { ...interest, status: 'INTERESTED', version: 0 },
      },
    });
    renderAs('volunteer');

    await userEvent.type(
      await screen.findByLabelText('Anything the involvement team should know (optional)'),
      'Free on Tuesdays',
    );
    await userEvent.click(screen.getByRole('button', { name: 'I’m interested' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('we have your interest');
    expect(screen.getByText('Waiting for a decision')).toBeVisible();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ note: 'Free on Tuesdays' });
  });

  it('lets a coordinator select a shortlisted person, sending the version they saw', async () => {
    const calls = fakeApi({
      [`GET /api/involvement/v1/opportunities/${ID}`]: { status: 200, body: opportunity },
      [`GET /api/involvement/v1/opportunities/${ID}/suggested-people`]: { status: 200, body: [] },
      [`GET /api/involvement/v1/opportunities/${ID}/expressions-of-interest`]: {
        status: 200,
        body: page([interest]),
      },
      'POST /api/involvement/v1/expressions-of-interest/i1/selection': {
        status: 200,
        body: { ...interest, status: 'SELECTED', version: 5 },
      },
    });
    renderAs('coordinator');

    expect(await screen.findByText('Free on Tuesdays')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Shortlist Val Volunteer' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Select Val Volunteer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Val Volunteer: selected');
    const selection = calls.find((c) => c.method === 'POST');
    expect(selection?.headers.get('If-Match')).toBe('"4"');
  });
});
