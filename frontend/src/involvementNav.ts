import type { NavItem } from './navigation';
import { opportunityNavItems } from './opportunities/nav';
import { sessionNavItems } from './sessions/nav';

/** The menu items of the opportunity and session features, after the shared ones. */
export const involvementNavItems: NavItem[] = [...opportunityNavItems, ...sessionNavItems];
