import type { NavItem } from '../navigation';
import { PANEL_ACCESS } from './access';

export const PANEL_NAV: NavItem[] = [
  { to: '/panels', label: 'Interview panels', roles: PANEL_ACCESS.sitOn },
];
