import { createContext, useContext } from 'react';
import type { Me } from '../api/types';
import type { ApiProblem } from '../api/problem';

export type Session =
  | { state: 'loading' }
  | { state: 'signed-in'; me: Me }
  /** Not signed in; `problem` says why we could not tell, when it was not a plain 401. */
  | { state: 'anonymous'; problem?: ApiProblem };

export const SessionContext = createContext<Session>({ state: 'loading' });

export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in user; only for screens rendered behind the sign-in check. */
export function useMe(): Me {
  const session = useSession();
  if (session.state !== 'signed-in') {
    throw new Error('useMe() outside a signed-in session');
  }
  return session.me;
}

/** Full-page navigations: the gateway runs the OpenID Connect flow and comes back to `path`. */
export function loginHref(path: string): string {
  return `/login?redirect=${encodeURIComponent(path || '/')}`;
}

export const LOGOUT_HREF = '/logout';
