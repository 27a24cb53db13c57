import type { FeatureRoute } from '../featureRoute';
import { FeedbackPage } from './FeedbackPage';

export const feedbackRoutes: FeatureRoute[] = [
  { path: 'my-sessions/:sessionId/feedback', roles: ['volunteer'], page: <FeedbackPage /> },
];
