import type { FeatureRoute } from '../features';
import { MEETING_ACCESS } from './access';
import { ArrangeMeetingPage } from './ArrangeMeetingPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';

export const MEETING_ROUTES: FeatureRoute[] = [
  { path: 'meetings', roles: MEETING_ACCESS.arrange, Screen: MeetingsPage },
  { path: 'meetings/new', roles: MEETING_ACCESS.arrange, Screen: ArrangeMeetingPage },
  { path: 'meetings/:id', roles: MEETING_ACCESS.read, Screen: MeetingPage },
];
