import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, me, page } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { PeoplePage } from './PeoplePage';

const sam = { id: 'p-1', displayName: 'Sam Okafor', personType: 'CARER', interests: ['maternity'] };

describe('searching the register', () => {
  it('searches by name, type and interest and links each person to their record', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people': (call) => ({
        status: 200,
        body: page(call.search.includes('name=') ? [sam] : []),
      }),
    });
    renderSignedIn(<PeoplePage />, me('coordinator'), '/people');
    expect(await screen.findByText('Nobody is in the register yet.')).toBeVisible();

    await userEvent.type(screen.getByLabelText('Name'), ' sam ');
    await userEvent.selectOptions(screen.getByLabelText('Type of person'), 'Carer');
    await userEvent.type(screen.getByLabelText('Interest'), 'maternity');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('link', { name: 'Sam Okafor' })).toHaveAttribute(
      'href',
      '/people/p-1',
    );
    const query = new URLSearchParams(calls.at(-1)?.search);
    expect(Object.fromEntries(query)).toEqual({
      name: 'sam',
      type: 'CARER',
      interest: 'maternity',
      limit: '20',
    });
  });

  it('says when nobody matches and offers to clear the search', async () => {
    fakeApi({ 'GET /api/involvement/v1/people': { status: 200, body: page([]) } });
    renderSignedIn(<PeoplePage />, me('coordinator'), '/people?interest=knitting');

    expect(await screen.findByText('Nobody in the register matches your search.')).toBeVisible();
    expect(screen.getByLabelText('Interest')).toHaveValue('knitting');
    expect(screen.getByRole('link', { name: 'Clear the search' })).toHaveAttribute(
      'href',
      '/people',
    );
  });

  it('asks for the next page with the cursor when asked for more', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people': (call) => ({
        status: 200,
        body: call.search.includes('cursor=')
          ? page([{ ...sam, id: 'p-2', displayName: 'Ade' }])
          : page([sam], 'next-1'),
      }),
    });
    renderSignedIn(<PeoplePage />, me('coordinator'), '/people');

    await userEvent.click(await screen.findByRole('button', { name: 'Show more people' }));

    expect(await screen.findByRole('link', { name: 'Ade' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Sam Okafor' })).toBeVisible();
    expect(calls.at(-1)?.search).toContain('cursor=next-1');
    expect(screen.queryByRole('button', { name: 'Show more people' })).not.toBeInTheDocument();
  });
});
