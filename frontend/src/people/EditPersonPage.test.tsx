import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeApi, me } from '../test/fakeApi';
import { renderSignedIn } from '../test/render';
import { EditPersonPage } from './EditPersonPage';

const sam = (version: number, phone = '07700 900123') => ({
  id: 'p-1',
  personType: 'CARER',
  displayName: 'Sam Okafor',
  phone,
  preferredTimes: ['WEEKEND'],
  version,
});

function renderEditor() {
  renderSignedIn(
    <Routes>
      <Route path="/people/:id/edit" element={<EditPersonPage />} />
      <Route path="/people/:id" element={<p>Record page</p>} />
    </Routes>,
    me('coordinator'),
    '/people/p-1/edit',
  );
}

describe('changing a profile', () => {
  it('sends the whole profile with the version it was loaded at', async () => {
    const calls = fakeApi({
      'GET /api/involvement/v1/people/p-1': { status: 200, body: sam(4) },
      'PUT /api/involvement/v1/people/p-1': { status: 200, body: sam(5, '0113 496 0000') },
    });
    renderEditor();

    const phone = await screen.findByLabelText('Phone number (optional)');
    await userEvent.clear(phone);
    await userEvent.type(phone, '0113 496 0000');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Record page')).toBeVisible();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"4"');
    expect(put?.body).toMatchObject({ phone: '0113 496 0000', preferredTimes: ['WEEKEND'] });
  });

  it('says someone else changed it first, and reloads their changes when asked', async () => {
    let version = 4;
    fakeApi({
      'GET /api/involvement/v1/people/p-1': () => ({
        status: 200,
        body: sam(version, version > 4 ? '0800 000 000' : '07700 900123'),
      }),
      'PUT /api/involvement/v1/people/p-1': () => {
        version = 5;
        return {
          status: 412,
          body: { title: 'Precondition failed', status: 412, detail: 'reload it' },
        };
      },
    });
    renderEditor();

    await userEvent.type(await screen.findByLabelText('Postcode (optional)'), 'LS1 5HD');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this profile while you were editing it',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload the profile' }));
    expect(await screen.findByLabelText('Phone number (optional)')).toHaveValue('0800 000 000');
    expect(screen.getByLabelText('Postcode (optional)')).toHaveValue('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
