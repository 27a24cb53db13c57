import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { SessionContext } from '../auth/session';
import type { Me } from '../api/types';

/** The whole app at `path`, asking the (faked) gateway who is signed in. */
export function renderApp(path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App />
    </MemoryRouter>,
  );
}

/** One screen for a signed-in user, without the session check. */
export function renderSignedIn(ui: ReactNode, me: Me, path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <SessionContext.Provider value={{ state: 'signed-in', me }}>{ui}</SessionContext.Provider>
    </MemoryRouter>,
  );
}
