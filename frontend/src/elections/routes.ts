import type { FeatureRoute } from '../features';
import { ELECTION_ACCESS } from './access';
import { ElectionPage } from './ElectionPage';
import { ElectionsPage } from './ElectionsPage';
import { OpenElectionPage } from './OpenElectionPage';

export const ELECTION_ROUTES: FeatureRoute[] = [
  { path: 'elections', roles: ELECTION_ACCESS.read, Screen: ElectionsPage },
  { path: 'elections/new', roles: ELECTION_ACCESS.run, Screen: OpenElectionPage },
  { path: 'elections/:id', roles: ELECTION_ACCESS.read, Screen: ElectionPage },
];
