import type { FeatureRoute } from '../features';
import { CONTRIBUTION_ACCESS } from './access';
import { ContributionPage } from './ContributionPage';
import { MyInvolvementPage } from './MyInvolvementPage';
import { NewContributionPage } from './NewContributionPage';
import { TellBackQueuePage } from './TellBackQueuePage';

export const CONTRIBUTION_ROUTES: FeatureRoute[] = [
  { path: 'tell-backs', roles: CONTRIBUTION_ACCESS.manage, Screen: TellBackQueuePage },
  { path: 'contributions/new', roles: CONTRIBUTION_ACCESS.manage, Screen: NewContributionPage },
  { path: 'contributions/:id', roles: CONTRIBUTION_ACCESS.manage, Screen: ContributionPage },
  { path: 'my-involvement', roles: CONTRIBUTION_ACCESS.own, Screen: MyInvolvementPage },
];
