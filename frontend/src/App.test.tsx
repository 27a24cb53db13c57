import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, me, page } from './test/fakeApi';
import { renderApp } from './test/render';

const everyList = {
  'GET /api/projects/v1/projects': { status: 200, body: page([]) },
  'GET /api/payments/v1/claims': { status: 200, body: page([]) },
  'GET /api/involvement/v1/participations': { status: 200, body: page([]) },
  'GET /api/involvement/v1/people/p-1': {
    status: 200,
    body: { id: 'p-1', displayName: 'Val', personType: 'SERVICE_USER' },
  },
  'GET /api/strategy/v1/indicators': {
    status: 200,
    body: {
      projects: 1,
      people: 2,
      participations: 3,
      hoursContributed: 4.5,
      claims: 3,
      claimedPence: 12345,
    },
  },
};

describe('the app', () => {
  it('shows an anonymous visitor the sign-in page, which comes back to the address they opened', async () => {
    fakeApi({ 'GET /api/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });

    renderApp('/claims?status=PENDING');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to Coproduce' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/login?redirect=%2Fclaims%3Fstatus%3DPENDING',
    );
    expect(screen.queryByRole('navigation', { name: 'Menu' })).not.toBeInTheDocument();
  });

  it('says why when it could not check the session', async () => {
    fakeApi({
      'GET /api/me': {
        status: 503,
        body: { title: 'Gateway unavailable', status: 503, detail: 'Try again soon.' },
      },
    });

    renderApp();

    expect(await screen.findByText(/Gateway unavailable\. Try again soon\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeVisible();
  });

  it('has a skip link to the main landmark, a banner and a footer', async () => {
    fakeApi({ 'GET /api/me': { status: 401, body: {} } });

    renderApp();

    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#maincontent',
    );
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    expect(screen.getByRole('banner')).toHaveTextContent('Coproduce');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it.each([
    ['qi-lead', 'QI projects'],
    ['coordinator', 'Involvement coordination'],
    ['volunteer', 'Your involvement'],
    ['finance', 'Claims awaiting approval'],
    ['executive', 'Involvement indicators'],
    ['admin', 'Administration'],
  ])('shows a %s the home page "%s", their name and a way to log out', async (role, heading) => {
    fakeApi({ 'GET /api/me': { status: 200, body: me(role, 'p-1') }, ...everyList });

    renderApp();

    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(`${heading}$`) }),
    ).toBeVisible();
    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(account).toHaveTextContent(`Signed in as ${role} user`);
    expect(within(account).getByRole('link', { name: 'Log out' })).toHaveAttribute(
      'href',
      '/logout',
    );
    const home = within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', {
      name: 'Home',
    });
    expect(home).toHaveAttribute('aria-current', 'page');
  });

  it('keeps a screen from roles that may not use it', async () => {
    fakeApi({ 'GET /api/me': { status: 200, body: me('volunteer', 'p-1') }, ...everyList });

    renderApp('/claims');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' }),
    ).toBeVisible();
  });

  it('says when a page does not exist', async () => {
    fakeApi({ 'GET /api/me': { status: 200, body: me('finance') }, ...everyList });

    renderApp('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  it('shows the problem the API describes when a list cannot be loaded, and can try again', async () => {
    fakeApi({
      'GET /api/me': { status: 200, body: me('finance') },
      'GET /api/payments/v1/claims': {
        status: 503,
        body: {
          title: 'Payments are unavailable',
          status: 503,
          detail: 'payment-service did not answer in time',
        },
      },
    });

    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Payments are unavailable');
    expect(alert).toHaveTextContent('payment-service did not answer in time');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
