import type { FeatureRoute } from '../featureRoute';
import { SESSION_ACCESS } from './access';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityPage, NewActivityPage } from './ActivityPages';
import { CorrectHoursPage } from './CorrectHoursPage';
import { EvaluationPage } from './EvaluationPage';
import { MySessionsPage } from './MySessionsPage';
import { SessionPage } from './SessionPage';

export const sessionRoutes: FeatureRoute[] = [
  { path: 'activities', roles: SESSION_ACCESS.manage, page: <ActivitiesPage /> },
  { path: 'activities/new', roles: SESSION_ACCESS.manage, page: <NewActivityPage /> },
  { path: 'activities/:id', roles: SESSION_ACCESS.manage, page: <ActivityPage /> },
  { path: 'activities/:id/evaluation', roles: SESSION_ACCESS.manage, page: <EvaluationPage /> },
  { path: 'sessions/:id', roles: SESSION_ACCESS.attendance, page: <SessionPage /> },
  {
    path: 'participations/:id/correction',
    roles: SESSION_ACCESS.manage,
    page: <CorrectHoursPage />,
  },
  { path: 'my-sessions', roles: SESSION_ACCESS.own, page: <MySessionsPage /> },
];
