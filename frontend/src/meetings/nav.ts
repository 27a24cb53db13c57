import type { NavItem } from '../navigation';
import { MEETING_ACCESS } from './access';

export const MEETING_NAV: NavItem[] = [
  { to: '/meetings', label: 'Meetings', roles: MEETING_ACCESS.arrange },
];
