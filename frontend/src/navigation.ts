import { ACCESS, hasAnyRole, type Role } from './auth/roles';
import { involvementNavItems } from './involvementNav';

export interface NavItem {
  to: string;
  label: string;
  /** Who sees the item; a role whose home page already is this screen does not need it. */
  roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  {
    to: '/',
    label: 'Home',
    roles: ['qi-lead', 'coordinator', 'volunteer', 'finance', 'executive', 'admin'],
  },
  { to: '/projects', label: 'QI projects', roles: ['coordinator', 'executive', 'admin'] },
  { to: '/people', label: 'People', roles: ACCESS.people },
  { to: '/my-profile', label: 'My profile', roles: ACCESS.ownRecord },
  { to: '/my-consent', label: 'My consent', roles: ACCESS.ownRecord },
  { to: '/participations/new', label: 'Record participation', roles: ACCESS.recordParticipation },
  { to: '/claims', label: 'Claims', roles: ACCESS.claims },
  { to: '/indicators', label: 'Indicators', roles: ['coordinator', 'admin'] },
  ...involvementNavItems,
];

/** The navigation a user with these roles sees, in a fixed order. */
export function navigationFor(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}
