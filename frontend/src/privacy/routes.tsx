import { ACCESS } from '../auth/roles';
import type { FeatureRoute } from '../featureRoute';
import { ErasePersonPage } from './ErasePersonPage';

export const privacyRoutes: FeatureRoute[] = [
  { path: 'people/:id/erase', roles: ACCESS.people, page: <ErasePersonPage /> },
];
