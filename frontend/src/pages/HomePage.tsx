import type { ComponentType } from 'react';
import { rolesOf, type Role } from '../auth/roles';
import { useMe } from '../auth/session';
import { AdminHome } from './homes/AdminHome';
import { CoordinatorHome } from './homes/CoordinatorHome';
import { ExecutiveHome } from './homes/ExecutiveHome';
import { FinanceHome } from './homes/FinanceHome';
import { QiLeadHome } from './homes/QiLeadHome';
import { VolunteerHome } from './homes/VolunteerHome';
import { Page } from '../components/Page';

const HOMES: Record<Role, ComponentType> = {
  'qi-lead': QiLeadHome,
  coordinator: CoordinatorHome,
  volunteer: VolunteerHome,
  finance: FinanceHome,
  executive: ExecutiveHome,
  admin: AdminHome,
};

/** The home page of the user's first role (see roles.ts); the menu reaches the others. */
export function HomePage() {
  const me = useMe();
  const [role] = rolesOf(me.roles);
  if (!role) {
    return (
      <Page title="You have no role in Coproduce yet">
        <p>
          You are signed in as {me.name}, but your account has not been given a role. Ask your
          involvement team or an administrator to give you access.
        </p>
      </Page>
    );
  }
  const Home = HOMES[role];
  return <Home />;
}
