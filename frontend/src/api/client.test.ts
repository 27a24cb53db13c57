import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import { createApi } from './client';
import { ApiProblem } from './problem';

describe('the API client', () => {
  it('sends the CSRF token from the XSRF-TOKEN cookie on a POST', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D123';
    const calls = fakeApi({
      'POST /api/strategy/v1/indicators/rebuild': { status: 200, body: {} },
    });

    await createApi().POST('/api/strategy/v1/indicators/rebuild');

    expect(calls[0]?.headers.get('X-XSRF-TOKEN')).toBe('abc=123');
  });

  it('sends no CSRF header on a GET', async () => {
    document.cookie = 'XSRF-TOKEN=abc';
    const calls = fakeApi({ 'GET /api/strategy/v1/indicators': { status: 200, body: {} } });

    await createApi().GET('/api/strategy/v1/indicators');

    expect(calls[0]?.headers.has('X-XSRF-TOKEN')).toBe(false);
  });

  it('sends the cookies of the page and asks for JSON', async () => {
    const calls = fakeApi({ 'GET /api/payments/v1/claims': { status: 200, body: { items: [] } } });

    await createApi().GET('/api/payments/v1/claims', { params: { query: { status: 'PENDING' } } });

    expect(calls[0]?.search).toBe('?status=PENDING');
    expect(calls[0]?.headers.get('Accept')).toContain('application/json');
  });

  it('turns a problem+json answer into an ApiProblem with its field errors', async () => {
    const problem = {
      type: 'https://coproduce.example/problems/invalid',
      title: 'Invalid request',
      status: 400,
      detail: 'One field is not valid',
      errors: [{ field: 'title', message: 'must not be blank' }],
    };
    fakeApi({ 'POST /api/projects/v1/projects': { status: 400, body: problem } });

    const sent = createApi().POST('/api/projects/v1/projects', { body: { title: '', aim: 'x' } });

    const error = await sent.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).problem).toEqual(problem);
    expect((error as ApiProblem).fieldErrors).toEqual([
      { field: 'title', message: 'must not be blank' },
    ]);
  });

  it('describes an answer that is not problem+json in plain words', async () => {
    fakeApi({
      'GET /api/strategy/v1/indicators': {
        status: 502,
        body: 'Bad Gateway',
        contentType: 'text/plain',
      },
    });

    const error = await createApi()
      .GET('/api/strategy/v1/indicators')
      .catch((e: unknown) => e);

    expect((error as ApiProblem).problem).toMatchObject({
      status: 502,
      title: 'Sorry, there is a problem with the service',
    });
  });

  it('says so when the server cannot be reached', async () => {
    fakeApi({
      'GET /api/strategy/v1/indicators': () => {
        throw new TypeError('Failed to fetch');
      },
    });

    const error = await createApi()
      .GET('/api/strategy/v1/indicators')
      .catch((e: unknown) => e);

    expect((error as ApiProblem).problem.title).toBe('Coproduce could not be reached');
  });
});
