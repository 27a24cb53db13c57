import type { NavItem } from '../navigation';
import { CONTRIBUTION_ACCESS } from './access';

export const CONTRIBUTION_NAV: NavItem[] = [
  { to: '/tell-backs', label: 'Tell-backs', roles: CONTRIBUTION_ACCESS.manage },
  { to: '/my-involvement', label: 'My involvement', roles: CONTRIBUTION_ACCESS.own },
];
