import type { ComponentType } from 'react';
import type { Role } from './auth/roles';
import { CONTRIBUTION_ROUTES } from './contributions/routes';
import { ELECTION_ROUTES } from './elections/routes';
import { feedbackRoutes } from './feedback/routes';
import { MEETING_ROUTES } from './meetings/routes';
import { opportunityRoutes } from './opportunities/routes';
import { PANEL_ROUTES } from './panels/routes';
import { paymentRoutes } from './payments/routes';
import { privacyRoutes } from './privacy/routes';
import { sessionRoutes } from './sessions/routes';

/** A screen of a feature folder (src/meetings, ...), for the routes in App.tsx. */
export interface FeatureRoute {
  path: string;
  /** Who may use it; the API checks again. */
  roles: readonly Role[];
  Screen: ComponentType;
}

/** Every feature folder's screens. */
export const FEATURE_ROUTES: FeatureRoute[] = [
  ...MEETING_ROUTES,
  ...CONTRIBUTION_ROUTES,
  ...ELECTION_ROUTES,
  ...PANEL_ROUTES,
  ...opportunityRoutes,
  ...sessionRoutes,
  ...feedbackRoutes,
  ...privacyRoutes,
  ...paymentRoutes,
];
