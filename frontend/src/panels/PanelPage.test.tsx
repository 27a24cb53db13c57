import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { SessionContext } from '../auth/session';
import { fakeApi, me, page } from '../test/fakeApi';
import { PanelPage } from './PanelPage';

const panel = {
  id: 'pa-1',
  postTitle: 'Ward manager, Rowan Ward',
  interviewDate: '2026-05-12',
  closed: false,
  members: [
    { id: 'mb-1', personId: 'p-1', accountId: null },
    { id: 'mb-2', personId: null, accountId: 'staff-7' },
  ],
  criteria: [
    { id: 'cr-1', text: 'Listens to patients', weight: 5 },
    { id: 'cr-2', text: 'Leads the team', weight: 3 },
  ],
  candidates: [{ id: 'ca-1', reference: 'Candidate A' }],
  version: 4,
};
const summary = {
  panelId: 'pa-1',
  closed: false,
  candidates: [
    {
      candidateId: 'ca-1',
      reference: 'Candidate A',
      weightedScore: 3.75,
      scoresGiven: 2,
      scoresExpected: 4,
    },
  ],
};

function renderPanel(who: Me) {
  return render(
    <MemoryRouter initialEntries={['/panels/pa-1']}>
      <SessionContext.Provider value={{ state: 'signed-in', me: who }}>
        <Routes>
          <Route path="/panels/:id" element={<PanelPage />} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('a panel, for a member', () => {
  it('changes a score already given at its version and adds a new one', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/panels/pa-1': { status: 200, body: panel },
      'GET /api/involvement/v1/panels/pa-1/summary': { status: 200, body: summary },
      'GET /api/involvement/v1/panels/pa-1/scores': {
        status: 200,
        body: page([
          {
            id: 's-1',
            memberId: 'mb-1',
            candidateId: 'ca-1',
            criterionId: 'cr-1',
            score: 3,
            version: 2,
          },
          {
            id: 's-9',
            memberId: 'mb-2',
            candidateId: 'ca-1',
            criterionId: 'cr-2',
            score: 1,
            version: 0,
          },
        ]),
      },
      'PUT /api/involvement/v1/panels/pa-1/scores/s-1': { status: 200, body: {} },
      'POST /api/involvement/v1/panels/pa-1/scores': { status: 201, body: {} },
    });
    renderPanel(me('volunteer', 'p-1'));

    const scores = await screen.findByRole('group', { name: 'Candidate A' });
    expect(within(scores).getByLabelText('Listens to patients')).toHaveValue('3');
    expect(within(scores).getByLabelText('Leads the team')).toHaveValue('');
    await userEvent.selectOptions(within(scores).getByLabelText('Listens to patients'), '4');
    await userEvent.selectOptions(within(scores).getByLabelText('Leads the team'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save your scores for Candidate A' }));

    expect(await screen.findByText('Your scores for Candidate A are saved.')).toBeVisible();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(put?.body).toEqual({ score: 4 });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      candidateId: 'ca-1',
      criterionId: 'cr-2',
      score: 5,
    });
    expect(screen.getByText('You')).toBeVisible();
    expect(screen.getByText('A member of staff')).toBeVisible();
  });
});

describe('a panel, for its coordinator', () => {
  it('shows the weighted scores and closes the panel', async () => {
    let closed = false;
    const calls = fakeApi({
      'GET /api/involvement/v1/panels/pa-1': () => ({ status: 200, body: { ...panel, closed } }),
      'GET /api/involvement/v1/panels/pa-1/summary': { status: 200, body: summary },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: { displayName: 'Val' } },
      'POST /api/involvement/v1/panels/pa-1/closure': () => {
        closed = true;
        return { status: 200, body: { ...panel, closed } };
      },
    });
    renderPanel(me('coordinator'));

    const table = await screen.findByRole('table', { name: 'Weighted scores, highest first' });
    expect(within(table).getByRole('row', { name: 'Candidate A 3.75 2 of 4' })).toBeVisible();
    expect(await screen.findByText('Val')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Close the panel' }));

    expect(await screen.findByText(/^Closed on/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add the candidate' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path.endsWith('/scores'))).toEqual([]);
  });
});
