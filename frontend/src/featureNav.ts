import { CONTRIBUTION_NAV } from './contributions/nav';
import { ELECTION_NAV } from './elections/nav';
import { MEETING_NAV } from './meetings/nav';
import type { NavItem } from './navigation';
import { opportunityNavItems } from './opportunities/nav';
import { PANEL_NAV } from './panels/nav';
import { paymentNavItems } from './payments/nav';
import { sessionNavItems } from './sessions/nav';

/** Every feature folder's menu items, after the first screens' items. */
export const FEATURE_NAV: NavItem[] = [
  ...MEETING_NAV,
  ...CONTRIBUTION_NAV,
  ...ELECTION_NAV,
  ...PANEL_NAV,
  ...opportunityNavItems,
  ...sessionNavItems,
  ...paymentNavItems,
];
