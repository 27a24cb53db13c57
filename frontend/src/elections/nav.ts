import type { NavItem } from '../navigation';
import { ELECTION_ACCESS } from './access';

export const ELECTION_NAV: NavItem[] = [
  { to: '/elections', label: 'Elections', roles: ELECTION_ACCESS.read },
];
