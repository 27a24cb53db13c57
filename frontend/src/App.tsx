import { useEffect, useState, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ACCESS, hasAnyRole, type Role } from './auth/roles';
import { loadSession } from './auth/loadSession';
import { SessionContext, useMe, type Session } from './auth/session';
import { Layout } from './components/Layout';
import { FEATURE_ROUTES } from './features';
import { Loading } from './components/Loaded';
import { MyConsentPage } from './consent/MyConsentPage';
import { ClaimsPage } from './payments/ClaimsPage';
import { HomePage } from './pages/HomePage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { NewProjectPage } from './pages/NewProjectPage';
import { NoAccessPage, NotFoundPage } from './pages/NotFoundPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { RecordParticipationPage } from './pages/RecordParticipationPage';
import { SignInPage } from './pages/SignInPage';
import { EditMyProfilePage } from './people/EditMyProfilePage';
import { EditPersonPage } from './people/EditPersonPage';
import { MyProfilePage } from './people/MyProfilePage';
import { NewPersonPage } from './people/NewPersonPage';
import { PeoplePage } from './people/PeoplePage';
import { PersonPage } from './people/PersonPage';

/** Asks the gateway who is signed in once, then shows their screens or the sign-in page. */
export function App({ load = loadSession }: { load?: () => Promise<Session> }) {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  useEffect(() => {
    let wanted = true;
    void load().then((loaded) => wanted && setSession(loaded));
    return () => {
      wanted = false;
    };
  }, [load]);

  return (
    <SessionContext.Provider value={session}>
      <Layout me={session.state === 'signed-in' ? session.me : undefined}>
        {session.state === 'loading' && <Loading what="Coproduce" />}
        {session.state === 'anonymous' && <SignInPage problem={session.problem} />}
        {session.state === 'signed-in' && <SignedInRoutes />}
      </Layout>
    </SessionContext.Provider>
  );
}

function SignedInRoutes() {
  return (
    <Routes>
      <Route index element={<HomePage />} />
      <Route path="projects" element={<Allow roles={ACCESS.projects} page={<ProjectsPage />} />} />
      <Route
        path="projects/new"
        element={<Allow roles={ACCESS.startProject} page={<NewProjectPage />} />}
      />
      <Route path="people" element={<Allow roles={ACCESS.people} page={<PeoplePage />} />} />
      <Route path="people/new" element={<Allow roles={ACCESS.people} page={<NewPersonPage />} />} />
      <Route path="people/:id" element={<Allow roles={ACCESS.people} page={<PersonPage />} />} />
      <Route
        path="people/:id/edit"
        element={<Allow roles={ACCESS.people} page={<EditPersonPage />} />}
      />
      <Route
        path="my-profile"
        element={<Allow roles={ACCESS.ownRecord} page={<MyProfilePage />} />}
      />
      <Route
        path="my-profile/edit"
        element={<Allow roles={ACCESS.ownRecord} page={<EditMyProfilePage />} />}
      />
      <Route
        path="my-consent"
        element={<Allow roles={ACCESS.ownRecord} page={<MyConsentPage />} />}
      />
      <Route
        path="participations/new"
        element={<Allow roles={ACCESS.recordParticipation} page={<RecordParticipationPage />} />}
      />
      <Route path="claims" element={<Allow roles={ACCESS.claims} page={<ClaimsPage />} />} />
      <Route
        path="indicators"
        element={<Allow roles={ACCESS.indicators} page={<IndicatorsPage />} />}
      />
      {FEATURE_ROUTES.map(({ path, roles, Screen }) => (
        <Route key={path} path={path} element={<Allow roles={roles} page={<Screen />} />} />
      ))}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/** A screen for some roles only; the API checks again, this only spares a useless screen. */
function Allow({ roles, page }: { roles: readonly Role[]; page: ReactNode }) {
  const me = useMe();
  return hasAnyRole(me.roles, roles) ? page : <NoAccessPage />;
}
