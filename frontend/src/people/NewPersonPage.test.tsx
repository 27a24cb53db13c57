import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, me } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { NewPersonPage } from './NewPersonPage';

const coordinator = me('coordinator');

describe('adding a person to the register', () => {
  it('says what is missing before sending anything', async () => {
    const calls = fakeApi({});
    renderSignedIn(<NewPersonPage />, coordinator);

    await userEvent.click(screen.getByRole('button', { name: 'Add to the register' }));

    expect(screen.getByRole('link', { name: 'Choose who the person is' })).toHaveAttribute(
      'href',
      '#field-personType',
    );
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(
      'The name they want to be called by Error: Enter the name the person wants to be called by',
    );
    expect(calls).toEqual([]);
  });

  it('sends the person with the CSRF token and shows the field errors the server gives', async () => {
    document.cookie = 'XSRF-TOKEN=t0k3n';
    const calls = fakeApi({
      'POST /api/involvement/v1/people': {
        status: 400,
        body: {
          title: 'Invalid request',
          status: 400,
          detail: 'A field is not valid',
          errors: [{ field: 'phone', message: 'must match "\\+?[0-9 ()-]{6,20}"' }],
        },
      },
    });
    renderSignedIn(<NewPersonPage />, coordinator);

    await userEvent.click(screen.getByLabelText('Carer'));
    await userEvent.type(screen.getByLabelText('Name'), '  Sam Okafor ');
    await userEvent.type(screen.getByLabelText('Phone number (optional)'), 'call me');
    await userEvent.click(screen.getByRole('button', { name: 'Add to the register' }));

    expect(await screen.findByRole('heading', { name: 'Invalid request' })).toBeVisible();
    expect(screen.getByText('A field is not valid')).toBeVisible();
    expect(screen.getByLabelText('Phone number (optional)')).toHaveAccessibleDescription(
      /Phone must match/,
    );
    expect(calls[0]?.headers.get('X-XSRF-TOKEN')).toBe('t0k3n');
    expect(calls[0]?.body).toEqual({
      personType: 'CARER',
      displayName: 'Sam Okafor',
      phone: 'call me',
      preferredTimes: [],
      preferredLocations: [],
      interests: [],
    });
  });

  it('sends the whole profile: times in the order offered, one place or interest a line', async () => {
    const calls = fakeApi({
      'POST /api/involvement/v1/people': { status: 201, body: { id: 'p-9' } },
    });
    renderSignedIn(<NewPersonPage />, coordinator);

    await userEvent.click(screen.getByLabelText('Service user'));
    await userEvent.type(screen.getByLabelText('Name'), 'Ade');
    await userEvent.type(screen.getByLabelText('Postcode (optional)'), 'ls1 5hd');
    await userEvent.type(screen.getByLabelText('Access needs (optional)'), 'Step-free access');
    await userEvent.click(screen.getByLabelText('Weekends'));
    await userEvent.click(screen.getByLabelText('Weekday mornings'));
    await userEvent.type(
      screen.getByLabelText('Places that suit (optional)'),
      'Online{enter}{enter} St James{enter}Online',
    );
    await userEvent.type(screen.getByLabelText('Interests (optional)'), 'mental health');
    await userEvent.click(screen.getByRole('button', { name: 'Add to the register' }));

    expect(await screen.findByRole('link', { name: 'Open their record' })).toHaveAttribute(
      'href',
      '/people/p-9',
    );
    expect(calls[0]?.body).toEqual({
      personType: 'SERVICE_USER',
      displayName: 'Ade',
      postcode: 'ls1 5hd',
      accessNeeds: 'Step-free access',
      preferredTimes: ['WEEKDAY_MORNING', 'WEEKEND'],
      preferredLocations: ['Online', 'St James'],
      interests: ['mental health'],
    });
  });

  it('confirms the person was added and clears the form', async () => {
    fakeApi({ 'POST /api/involvement/v1/people': { status: 201, body: { id: 'p-9' } } });
    renderSignedIn(<NewPersonPage />, coordinator);

    await userEvent.click(screen.getByLabelText('Service user'));
    await userEvent.type(screen.getByLabelText('Name'), 'Ade');
    await userEvent.click(screen.getByRole('button', { name: 'Add to the register' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ade was added to the register');
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });
});
