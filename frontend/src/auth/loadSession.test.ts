import { describe, expect, it } from 'vitest';
import { fakeApi, me } from '../test/fakeApi';
import { loadSession } from './loadSession';

describe('loading the session', () => {
  it('is signed in with the user the gateway names', async () => {
    fakeApi({ 'GET /api/me': { status: 200, body: me('volunteer', 'p-1') } });

    expect(await loadSession()).toEqual({ state: 'signed-in', me: me('volunteer', 'p-1') });
  });

  it('is anonymous, with no problem to show, on 401', async () => {
    fakeApi({ 'GET /api/me': { status: 401, body: { title: 'Unauthorized', status: 401 } } });

    expect(await loadSession()).toEqual({ state: 'anonymous' });
  });

  it('is anonymous with the problem when the gateway fails', async () => {
    fakeApi({
      'GET /api/me': {
        status: 503,
        body: { title: 'Service unavailable', status: 503, detail: 'Try later' },
      },
    });

    const session = await loadSession();

    expect(session.state).toBe('anonymous');
    expect(session.state === 'anonymous' && session.problem?.problem.detail).toBe('Try later');
  });

  it('is anonymous with a problem when the answer is not the user (an HTML page)', async () => {
    fakeApi({ 'GET /api/me': { status: 200, body: '<!doctype html>', contentType: 'text/html' } });

    const session = await loadSession();

    expect(session.state === 'anonymous' && session.problem?.problem.title).toBe(
      'We could not check whether you are signed in',
    );
  });
});
