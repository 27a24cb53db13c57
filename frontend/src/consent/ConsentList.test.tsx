import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, me } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { ConsentList } from './ConsentList';

const consents = (newsletterInForce: boolean) => ({
  personId: 'p-1',
  current: [
    { purpose: 'CONTACT_ABOUT_OPPORTUNITIES', allowed: false },
    {
      purpose: 'NEWSLETTER',
      allowed: newsletterInForce,
      consent: newsletterInForce
        ? { id: 'c-1', purpose: 'NEWSLETTER', givenAt: '2026-03-14T10:00:00Z', inForce: true }
        : undefined,
    },
    { purpose: 'PROJECT_TEAM_MEMBERSHIP', allowed: false },
    { purpose: 'RESEARCH', allowed: false },
  ],
  history: [],
});

function card(name: string) {
  return screen.getByRole('region', { name });
}

describe('consent per purpose', () => {
  it('shows each purpose in plain words with where it stands', async () => {
    fakeApi({
      'GET /api/involvement/v1/people/p-1/consents': { status: 200, body: consents(true) },
    });
    renderSignedIn(<ConsentList personId="p-1" own headingLevel={2} />, me('volunteer', 'p-1'));

    const newsletter = await screen.findByRole('region', { name: 'The involvement newsletter' });
    expect(newsletter).toHaveTextContent('We send you our newsletter');
    expect(newsletter).toHaveTextContent('Agreed You agreed on 14 March 2026.');
    expect(card('Research')).toHaveTextContent('Not agreed');
    expect(
      within(newsletter).getByRole('button', {
        name: 'Withdraw consent: The involvement newsletter',
      }),
    ).toBeVisible();
    expect(within(card('Research')).getByRole('button', { name: 'Give consent: Research' }));
  });

  it('withdraws the consent in force, then shows the purpose as not agreed', async () => {
    let withdrawn = false;
    const calls = fakeApi({
      'GET /api/involvement/v1/people/p-1/consents': () => ({
        status: 200,
        body: consents(!withdrawn),
      }),
      'POST /api/involvement/v1/people/p-1/consents/c-1/withdrawal': () => {
        withdrawn = true;
        return { status: 200, body: { id: 'c-1', inForce: false } };
      },
    });
    renderSignedIn(<ConsentList personId="p-1" own headingLevel={2} />, me('volunteer', 'p-1'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Withdraw consent: The involvement newsletter' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have withdrawn your consent to the newsletter',
    );
    expect(
      await screen.findByRole('button', { name: 'Give consent: The involvement newsletter' }),
    ).toBeVisible();
    expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
  });

  it('gives a volunteer’s own consent online, with the wording they read', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people/p-1/consents': { status: 200, body: consents(false) },
      'POST /api/involvement/v1/people/p-1/consents': { status: 201, body: { id: 'c-2' } },
    });
    renderSignedIn(<ConsentList personId="p-1" own headingLevel={2} />, me('volunteer', 'p-1'));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Give consent: The involvement newsletter' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have given your consent to the newsletter',
    );
    expect(calls[1]?.body).toEqual({
      purpose: 'NEWSLETTER',
      wordingVersion: '2026-01',
      channel: 'ONLINE',
    });
  });

  it('asks a coordinator how the person gave consent before recording it', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people/p-1/consents': { status: 200, body: consents(false) },
      'POST /api/involvement/v1/people/p-1/consents': { status: 201, body: { id: 'c-2' } },
    });
    renderSignedIn(<ConsentList personId="p-1" own={false} headingLevel={3} />, me('coordinator'));
    const research = await screen.findByRole('region', { name: 'Research' });

    await userEvent.click(
      within(research).getByRole('button', { name: 'Record consent: Research' }),
    );
    expect(
      screen.getByRole('link', { name: 'Choose how they gave their consent' }),
    ).toHaveAttribute('href', '#field-channel-RESEARCH');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);

    await userEvent.selectOptions(
      within(research).getByLabelText('How did they give their consent?'),
      'On a paper form',
    );
    await userEvent.click(
      within(research).getByRole('button', { name: 'Record consent: Research' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent('Consent to research was recorded');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      purpose: 'RESEARCH',
      wordingVersion: '2026-01',
      channel: 'PAPER',
    });
  });
});
