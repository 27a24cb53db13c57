import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SessionContext } from '../auth/session';
import { fakeApi, me, page } from '../test/fakeApi';
import { ArrangeMeetingPage } from './ArrangeMeetingPage';

function renderArrange() {
  return render(
    <MemoryRouter initialEntries={['/meetings/new']}>
      <SessionContext.Provider value={{ state: 'signed-in', me: me('coordinator') }}>
        <Routes>
          <Route path="/meetings/new" element={<ArrangeMeetingPage />} />
          <Route path="/meetings/:id" element={<p>Meeting page</p>} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('arranging a meeting', () => {
  it('finds attendees in the register by name and sends the meeting with its agenda', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people': {
        status: 200,
        body: page([{ id: 'p-1', displayName: 'Val Volunteer', personType: 'SERVICE_USER' }]),
      },
      'POST /api/involvement/v1/meetings': { status: 201, body: { id: 'm-1', version: 0 } },
    });
    renderArrange();

    await userEvent.type(screen.getByLabelText('Title'), 'Forum, March');
    await userEvent.type(screen.getByLabelText('Date'), '2026-03-18');
    await userEvent.type(screen.getByLabelText('Starts at'), '10:00');
    await userEvent.type(screen.getByLabelText('Ends at'), '12:00');
    await userEvent.type(
      screen.getByLabelText('Where people meet (optional if it is online)'),
      'Room 3',
    );
    await userEvent.type(screen.getByLabelText('What it is about'), 'Waiting times');
    await userEvent.type(screen.getByLabelText('Search the register by name'), 'val{Enter}');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add Val Volunteer (service user)' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Arrange the meeting' }));

    expect(await screen.findByText('Meeting page')).toBeVisible();
    expect(calls[0]?.search).toContain('name=val');
    expect(calls[1]?.body).toEqual({
      title: 'Forum, March',
      startsAt: new Date('2026-03-18T10:00').toISOString(),
      endsAt: new Date('2026-03-18T12:00').toISOString(),
      location: 'Room 3',
      agenda: [{ title: 'Waiting times' }],
      attendees: ['p-1'],
    });
  });

  it('says what is missing, linked to the field, and sends nothing', async () => {
    const calls = fakeApi({});
    renderArrange();

    await userEvent.click(screen.getByRole('button', { name: 'Arrange the meeting' }));

    expect(
      screen.getByRole('link', { name: 'Enter where people meet, a link to join online, or both' }),
    ).toHaveAttribute('href', '#field-location');
    expect(calls).toEqual([]);
  });

  it('says when nobody in the register has the name searched for', async () => {
    fakeApi({ 'GET /api/involvement/v1/people': { status: 200, body: page([]) } });
    renderArrange();

    await userEvent.type(screen.getByLabelText('Search the register by name'), 'Zed');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('Nobody in the register is called “Zed”.')).toBeVisible();
  });
});
