import type { FeatureRoute } from '../features';
import { FeedbackPage } from './FeedbackPage';

export const feedbackRoutes: FeatureRoute[] = [
  { path: 'my-sessions/:sessionId/feedback', roles: ['volunteer'], Screen: FeedbackPage },
];
