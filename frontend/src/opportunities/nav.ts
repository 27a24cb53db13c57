import type { NavItem } from '../navigation';
import { OPPORTUNITY_ACCESS } from './access';

export const opportunityNavItems: NavItem[] = [
  { to: '/opportunities', label: 'Opportunities', roles: OPPORTUNITY_ACCESS.publish },
  { to: '/find-opportunities', label: 'Find opportunities', roles: OPPORTUNITY_ACCESS.own },
  { to: '/my-interest', label: 'My interest', roles: OPPORTUNITY_ACCESS.own },
  { to: '/messages', label: 'Messages', roles: OPPORTUNITY_ACCESS.own },
];
