import { ApiProblem } from '../api/problem';
import type { Me } from '../api/types';
import type { Session } from './session';

/** Asks the gateway who is signed in: 200 with the user, 401 when nobody is. */
export async function loadSession(): Promise<Session> {
  let response: Response;
  try {
    response = await fetch('/api/me', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    return { state: 'anonymous', problem: ApiProblem.of(error) };
  }
  if (response.status === 401) {
    return { state: 'anonymous' };
  }
  if (!response.ok) {
    return { state: 'anonymous', problem: await ApiProblem.fromResponse(response) };
  }
  const me = await readMe(response);
  return me
    ? { state: 'signed-in', me }
    : {
        state: 'anonymous',
        problem: new ApiProblem({
          title: 'We could not check whether you are signed in',
          status: response.status,
          detail: 'The service did not answer as expected. Try again later.',
        }),
      };
}

async function readMe(response: Response): Promise<Me | undefined> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) {
    return undefined;
  }
  try {
    const body = (await response.json()) as Partial<Me>;
    if (typeof body.username !== 'string' || !Array.isArray(body.roles)) {
      return undefined;
    }
    return {
      username: body.username,
      name: typeof body.name === 'string' && body.name ? body.name : body.username,
      roles: body.roles.filter((role): role is string => typeof role === 'string'),
      personId: typeof body.personId === 'string' ? body.personId : null,
    };
  } catch {
    return undefined;
  }
}
