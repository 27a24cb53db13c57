import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { SessionContext } from '../auth/session';
import { fakeApi, me } from '../test/fakeApi';
import { MeetingPage } from './MeetingPage';

const action = {
  id: 'a-1',
  meetingId: 'm-1',
  description: 'Ask estates for new signs',
  ownerPersonId: 'p-1',
  dueOn: '2026-04-30',
  status: 'OPEN',
  version: 3,
};
const meeting = {
  id: 'm-1',
  title: 'Service user forum, March',
  startsAt: '2026-03-18T10:00:00Z',
  endsAt: '2026-03-18T12:00:00Z',
  location: 'Room 3',
  agenda: [{ title: 'Waiting times', notes: 'Pat joins' }],
  attendees: ['p-1'],
  minutesStatus: 'DRAFT',
  minutes: 'Present: 8 members.',
  actions: [action],
  version: 7,
};
const person = { id: 'p-1', displayName: 'Val Volunteer' };

function renderMeeting(who: Me) {
  return render(
    <MemoryRouter initialEntries={['/meetings/m-1']}>
      <SessionContext.Provider value={{ state: 'signed-in', me: who }}>
        <Routes>
          <Route path="/meetings/:id" element={<MeetingPage />} />
        </Routes>
      </SessionContext.Provider>
    </MemoryRouter>,
  );
}

describe('a meeting, for staff', () => {
  it('shows the attendees by name and publishes the saved draft at the version read', async () => {
    document.cookie = 'XSRF-TOKEN=t0k3n';
    const calls = fakeApi({
      'GET /api/involvement/v1/meetings/m-1': { status: 200, body: meeting },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: person },
      'POST /api/involvement/v1/meetings/m-1/minutes/publication': {
        status: 200,
        body: { ...meeting, minutesStatus: 'PUBLISHED', version: 8 },
      },
    });
    renderMeeting(me('coordinator'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service user forum, March' }),
    ).toBeVisible();
    expect(await screen.findAllByText('Val Volunteer')).toHaveLength(2);
    expect(screen.getByLabelText('Draft minutes')).toHaveValue('Present: 8 members.');
    await userEvent.click(screen.getByRole('button', { name: 'Publish the minutes' }));

    const publish = calls.find((c) => c.path.endsWith('/publication'));
    expect(publish?.headers.get('If-Match')).toBe('"7"');
    expect(publish?.headers.get('X-XSRF-TOKEN')).toBe('t0k3n');
  });

  it('saves the draft, says so and shows the meeting it answered with, without loading it again', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/meetings/m-1': { status: 200, body: meeting },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: person },
      'PUT /api/involvement/v1/meetings/m-1/minutes': (call) => ({
        status: 200,
        body: { ...meeting, minutes: (call.body as { text: string }).text, version: 8 },
      }),
    });
    renderMeeting(me('coordinator'));

    await userEvent.type(await screen.findByLabelText('Draft minutes'), ' Apologies: 2.');
    await userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));

    expect(await screen.findByText('The draft minutes are saved.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Publish the minutes' })).toBeEnabled();
    expect(calls.filter((c) => c.path === '/api/involvement/v1/meetings/m-1')).toHaveLength(1);
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      text: 'Present: 8 members. Apologies: 2.',
    });
  });

  it('will not publish while the draft has unsaved changes', async () => {
    fakeApi({
      'GET /api/involvement/v1/meetings/m-1': { status: 200, body: meeting },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: person },
    });
    renderMeeting(me('coordinator'));

    await userEvent.type(await screen.findByLabelText('Draft minutes'), ' Apologies: 2.');

    expect(screen.getByRole('button', { name: 'Publish the minutes' })).toBeDisabled();
    expect(screen.getByText(/Save your changes first/)).toBeVisible();
  });

  it('marks an action done with the action’s version and shows it done', async () => {
    let current = meeting;
    const calls = fakeApi({
      'GET /api/involvement/v1/meetings/m-1': () => ({ status: 200, body: current }),
      'GET /api/involvement/v1/people/p-1': { status: 200, body: person },
      'PUT /api/involvement/v1/meetings/m-1/actions/a-1/status': () => {
        current = { ...meeting, actions: [{ ...action, status: 'DONE', version: 4 }] };
        return { status: 200, body: current.actions[0] };
      },
    });
    renderMeeting(me('coordinator'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark done: Ask estates for new signs' }),
    );

    const actions = await screen.findByRole('table', { name: 'Actions agreed at the meeting' });
    expect(await within(actions).findByText('Done')).toBeVisible();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ status: 'DONE' });
    expect(put?.headers.get('If-Match')).toBe('"3"');
  });

  it('says when someone else changed the meeting first', async () => {
    fakeApi({
      'GET /api/involvement/v1/meetings/m-1': { status: 200, body: meeting },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: person },
      'PUT /api/involvement/v1/meetings/m-1/minutes': {
        status: 412,
        body: { title: 'Changed by someone else', status: 412, detail: 'Reload and try again.' },
      },
    });
    renderMeeting(me('coordinator'));

    await userEvent.type(await screen.findByLabelText('Draft minutes'), ' More.');
    await userEvent.click(screen.getByRole('button', { name: 'Save the draft' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Changed by someone else');
  });
});

describe('a meeting, for an attendee', () => {
  it('shows the published minutes and actions, and nothing to change', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/meetings/m-1': {
        status: 200,
        body: {
          ...meeting,
          attendees: null,
          minutesStatus: 'PUBLISHED',
          minutesPublishedAt: '2026-03-20T09:00:00Z',
        },
      },
      'GET /api/involvement/v1/people/p-1': { status: 200, body: person },
    });
    renderMeeting(me('volunteer', 'p-1'));

    expect(await screen.findByText('Present: 8 members.')).toBeVisible();
    expect(screen.getByText('Ask estates for new signs')).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Who attended' })).not.toBeInTheDocument();
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('says the minutes are not out yet while they are a draft', async () => {
    fakeApi({
      'GET /api/involvement/v1/meetings/m-1': {
        status: 200,
        body: { ...meeting, attendees: null, minutes: null, actions: [] },
      },
    });
    renderMeeting(me('volunteer', 'p-1'));

    expect(await screen.findByText('The minutes are not published yet.')).toBeVisible();
    expect(screen.getByText('There are no actions.')).toBeVisible();
  });
});
