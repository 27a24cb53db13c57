import type { NavItem } from '../navigation';
import { SESSION_ACCESS } from './access';

export const sessionNavItems: NavItem[] = [
  { to: '/activities', label: 'Activities', roles: ['coordinator', 'admin'] },
  { to: '/my-sessions', label: 'My sessions', roles: SESSION_ACCESS.own },
];
