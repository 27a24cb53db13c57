import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { SessionContext } from '../auth/session';
import { fakeApi, me, page } from '../test/fakeApi';
import { ElectionPage } from './ElectionPage';

const election = {
  id: 'e-1',
  roleTitle: 'Patient and carer ambassador',
  seats: 1,
  termMonths: 24,
  schedule: {
    nominationsOpenAt: '2026-04-01T08:00:00Z',
    nominationsCloseAt: '2026-04-15T16:00:00Z',
    votingOpenAt: '2026-04-20T08:00:00Z',
    votingCloseAt: '2026-04-30T16:00:00Z',
  },
  version: 0,
};
const candidates = [
  { personId: 'p-2', displayName: 'Priya Shah' },
  { personId: 'p-3', displayName: 'Sam Okafor' },
];

function renderElection(who: Me) {
  return render(
    <MemoryRouter initialEntries={['/elections/e-1']}>
      <SessionContext.Provider value={{ state: 'signed-in', me: who }}>
        <Routes>
          <Route path="/elections/:id" element={<ElectionPage />} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('an election, for a volunteer', () => {
  it('votes once for a candidate, then says they voted and offers no second ballot', async () => {
    let voted = false;
    const calls = fakeApi({
      'GET /api/involvement/v1/elections/e-1': () => ({
        status: 200,
        body: { ...election, phase: 'VOTING_OPEN', youHaveVoted: voted },
      }),
      'GET /api/involvement/v1/elections/e-1/candidates': { status: 200, body: candidates },
      'POST /api/involvement/v1/elections/e-1/ballot': () => {
        voted = true;
        return { status: 204 };
      },
    });
    renderElection(me('volunteer', 'p-1'));

    await userEvent.click(await screen.findByLabelText('Sam Okafor'));
    await userEvent.click(screen.getByRole('button', { name: 'Cast your vote' }));

    expect(await screen.findByText(/You have voted\. Nobody can see whom you chose/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Cast your vote' })).not.toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ candidatePersonId: 'p-3' });
  });

  it('nominates themselves, then accepts their nomination', async () => {
    let nominations: object[] = [];
    const calls = fakeApi({
      'GET /api/involvement/v1/elections/e-1': {
        status: 200,
        body: { ...election, phase: 'NOMINATIONS_OPEN', youHaveVoted: false },
      },
      'GET /api/involvement/v1/elections/e-1/nominations': () => ({
        status: 200,
        body: page(nominations),
      }),
      'POST /api/involvement/v1/elections/e-1/nominations': () => {
        nominations = [{ id: 'n-1', personId: 'p-1', accepted: false }];
        return { status: 201, body: nominations[0] };
      },
      'POST /api/involvement/v1/elections/e-1/nominations/n-1/acceptance': () => {
        nominations = [{ id: 'n-1', personId: 'p-1', accepted: true }];
        return { status: 200, body: nominations[0] };
      },
    });
    renderElection(me('volunteer', 'p-1'));

    await userEvent.click(await screen.findByRole('button', { name: 'Nominate yourself' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Accept your nomination' }));

    expect(await screen.findByText('You are standing in this election.')).toBeVisible();
    expect(calls.find((c) => c.path.endsWith('/nominations') && c.method === 'POST')?.body).toEqual(
      { personId: 'p-1' },
    );
  });

  it('shows the count once voting has closed', async () => {
    fakeApi({
      'GET /api/involvement/v1/elections/e-1': {
        status: 200,
        body: { ...election, phase: 'VOTING_CLOSED', youHaveVoted: true },
      },
      'GET /api/involvement/v1/elections/e-1/results': {
        status: 200,
        body: {
          seats: 1,
          totalVotes: 3,
          declared: false,
          counts: [
            { personId: 'p-3', displayName: 'Sam Okafor', votes: 2 },
            { personId: 'p-2', displayName: 'Priya Shah', votes: 1 },
          ],
          winners: ['p-3'],
          tie: null,
        },
      },
    });
    renderElection(me('volunteer', 'p-1'));

    expect(await screen.findByText('3 votes were cast for 1 seat.')).toBeVisible();
    expect(screen.getByRole('row', { name: /Sam Okafor 2 Elected/ })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Declare the result' })).not.toBeInTheDocument();
  });
});

describe('an election, for a coordinator', () => {
  it('declares a tied result with the winner drawn by lot', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/elections/e-1': {
        status: 200,
        body: { ...election, phase: 'VOTING_CLOSED', youHaveVoted: null },
      },
      'GET /api/involvement/v1/elections/e-1/nominations': { status: 200, body: page([]) },
      'GET /api/involvement/v1/elections/e-1/results': {
        status: 200,
        body: {
          seats: 1,
          totalVotes: 2,
          declared: false,
          counts: [
            { personId: 'p-2', displayName: 'Priya Shah', votes: 1 },
            { personId: 'p-3', displayName: 'Sam Okafor', votes: 1 },
          ],
          winners: [],
          tie: { seatsLeft: 1, tiedPersonIds: ['p-2', 'p-3'] },
        },
      },
      'POST /api/involvement/v1/elections/e-1/declaration': {
        status: 200,
        body: { seats: 1, totalVotes: 2, declared: true, counts: [], winners: ['p-2'] },
      },
    });
    renderElection(me('coordinator'));

    await userEvent.click(await screen.findByRole('button', { name: 'Declare the result' }));
    expect(
      screen.getByRole('link', { name: 'Choose 1 of the tied candidates, as drawn by lot' }),
    ).toHaveAttribute('href', '#field-tieWinners');

    await userEvent.type(screen.getByLabelText('Terms start on'), '2026-05-01');
    await userEvent.type(screen.getByLabelText('Board they sit on'), 'Trust Board');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Priya Shah' }));
    await userEvent.click(screen.getByRole('button', { name: 'Declare the result' }));

    await screen.findByText('2 votes were cast for 1 seat.');
    expect(calls.find((c) => c.path.endsWith('/declaration'))?.body).toEqual({
      termStart: '2026-05-01',
      boardName: 'Trust Board',
      tieWinners: ['p-2'],
    });
  });
});
