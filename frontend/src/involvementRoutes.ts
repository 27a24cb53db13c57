import { feedbackRoutes } from './feedback/routes';
import type { FeatureRoute } from './featureRoute';
import { opportunityRoutes } from './opportunities/routes';
import { privacyRoutes } from './privacy/routes';
import { sessionRoutes } from './sessions/routes';

/** The screens of the opportunity, session, feedback and privacy features. */
export const involvementRoutes: FeatureRoute[] = [
  ...opportunityRoutes,
  ...sessionRoutes,
  ...feedbackRoutes,
  ...privacyRoutes,
];
