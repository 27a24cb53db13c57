import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionContext } from '../auth/session';
import { fakeApi, me } from '../test/fakeApi';
import { ContributionPage } from './ContributionPage';

const said = {
  id: 'c-1',
  personId: 'p-1',
  kind: 'IDEA',
  text: 'Put visiting times on the ward door',
  contributedOn: '2026-03-14',
  tellBackDueOn: '2026-04-11',
  weDid: null,
  toldBack: false,
  version: 0,
};
const weDid = { text: 'Times are on every door', doneOn: '2026-04-02', doneBy: 'Ward 7 team' };

function renderContribution() {
  return render(
    <MemoryRouter initialEntries={['/contributions/c-1']}>
      <SessionContext.Provider value={{ state: 'signed-in', me: me('coordinator') }}>
        <Routes>
          <Route path="/contributions/:id" element={<ContributionPage />} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('a contribution, for a coordinator', () => {
  it('records what was done, then that the person was told back', async () => {
    let current: Record<string, unknown> = said;
    const calls = fakeApi({
      'GET /api/involvement/v1/contributions/c-1': () => ({ status: 200, body: current }),
      'GET /api/involvement/v1/people/p-1': { status: 200, body: { displayName: 'Val' } },
      'PUT /api/involvement/v1/contributions/c-1/we-did': () => {
        current = { ...said, weDid, version: 1 };
        return { status: 200, body: current };
      },
      'POST /api/involvement/v1/contributions/c-1/tell-back': () => {
        current = {
          ...current,
          toldBack: true,
          toldBackChannel: 'LETTER',
          toldBackAt: '2026-04-03T14:00:00Z',
          version: 2,
        };
        return { status: 200, body: current };
      },
    });
    renderContribution();

    expect(await screen.findByText('Val')).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Tell them back' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('What was done'), weDid.text);
    await userEvent.clear(screen.getByLabelText('When it was done'));
    await userEvent.type(screen.getByLabelText('When it was done'), weDid.doneOn);
    await userEvent.type(screen.getByLabelText('Who did it'), weDid.doneBy);
    await userEvent.click(screen.getByRole('button', { name: 'Save what was done' }));
    await userEvent.click(await screen.findByLabelText('By letter'));
    await userEvent.click(screen.getByRole('button', { name: 'Record that they were told' }));

    expect(await screen.findByText(/Yes, by letter, on 3 April 2026/)).toBeVisible();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const [put, post] = calls.filter((c) => c.method !== 'GET');
    expect(put?.body).toEqual(weDid);
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(post?.body).toEqual({ channel: 'LETTER' });
    expect(post?.headers.get('If-Match')).toBe('"1"');
  });

  it('asks how they were told before sending', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/contributions/c-1': {
        status: 200,
        body: { ...said, weDid, version: 1 },
      },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: { displayName: 'Val' } },
    });
    renderContribution();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Record that they were told' }),
    );

    expect(screen.getByRole('link', { name: 'Choose how they were told' })).toHaveAttribute(
      'href',
      '#field-channel',
    );
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });
});
