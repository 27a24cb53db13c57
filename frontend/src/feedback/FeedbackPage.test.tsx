import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi, me } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { FeedbackPage } from './FeedbackPage';

const SESSION = '33333333-3333-4333-8333-333333333333';
const PATH = `POST /api/involvement/v1/sessions/${SESSION}/feedback`;

function renderFeedback() {
  renderSignedIn(
    <Routes>
      <Route path="/my-sessions/:sessionId/feedback" element={<FeedbackPage />} />
    </Routes>,
    me('volunteer', 'p-val'),
    `/my-sessions/${SESSION}/feedback`,
  );
}

describe('telling us how a session went', () => {
  it('asks for both ratings before sending', async () => {
    const calls = fakeApi({});
    renderFeedback();
    await userEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(screen.getByRole('link', { name: 'Choose how the session was' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Choose how useful the session was' })).toBeVisible();
    expect(calls).toEqual([]);
  });

  it('sends the ratings and comment, and thanks the person', async () => {
    const calls = fakeApi({ [PATH]: { status: 201, body: { id: 'f1' } } });
    renderFeedback();
    await userEvent.click(screen.getByLabelText('4: good'));
    await userEvent.click(screen.getByLabelText('5: very useful'));
    await userEvent.type(screen.getByLabelText(/Anything else/), 'More breaks');
    await userEvent.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Thank you for your feedback');
    expect(calls[0]?.body).toEqual({ overall: 4, usefulness: 5, comment: 'More breaks' });
  });

  it('says plainly when feedback was given already', async () => {
    fakeApi({ [PATH]: { status: 409, body: { title: 'Conflict', status: 409 } } });
    renderFeedback();
    await userEvent.click(screen.getByLabelText('3: all right'));
    await userEvent.click(screen.getByLabelText('3: quite useful'));
    await userEvent.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have already told us how this session went',
    );
  });
});
