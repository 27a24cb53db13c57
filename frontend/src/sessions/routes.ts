import type { FeatureRoute } from '../features';
import { SESSION_ACCESS } from './access';
import { ActivitiesPage } from './ActivitiesPage';
import { ActivityPage, NewActivityPage } from './ActivityPages';
import { CorrectHoursPage } from './CorrectHoursPage';
import { EvaluationPage } from './EvaluationPage';
import { MySessionsPage } from './MySessionsPage';
import { SessionPage } from './SessionPage';

export const sessionRoutes: FeatureRoute[] = [
  { path: 'activities', roles: SESSION_ACCESS.manage, Screen: ActivitiesPage },
  { path: 'activities/new', roles: SESSION_ACCESS.manage, Screen: NewActivityPage },
  { path: 'activities/:id', roles: SESSION_ACCESS.manage, Screen: ActivityPage },
  { path: 'activities/:id/evaluation', roles: SESSION_ACCESS.manage, Screen: EvaluationPage },
  { path: 'sessions/:id', roles: SESSION_ACCESS.attendance, Screen: SessionPage },
  {
    path: 'participations/:id/correction',
    roles: SESSION_ACCESS.manage,
    Screen: CorrectHoursPage,
  },
  { path: 'my-sessions', roles: SESSION_ACCESS.own, Screen: MySessionsPage },
];
