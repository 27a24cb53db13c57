import { ACCESS } from '../auth/roles';
import type { FeatureRoute } from '../features';
import { ErasePersonPage } from './ErasePersonPage';

export const privacyRoutes: FeatureRoute[] = [
  { path: 'people/:id/erase', roles: ACCESS.people, Screen: ErasePersonPage },
];
