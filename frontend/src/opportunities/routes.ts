import type { FeatureRoute } from '../features';
import { OPPORTUNITY_ACCESS } from './access';
import { EditOpportunityPage, NewOpportunityPage } from './OpportunityEditorPages';
import { OpportunitiesPage } from './OpportunitiesPage';
import { OpportunityPage } from './OpportunityPage';
import { FindOpportunitiesPage, MessagesPage, MyInterestPage } from './VolunteerPages';

export const opportunityRoutes: FeatureRoute[] = [
  { path: 'opportunities', roles: OPPORTUNITY_ACCESS.manage, Screen: OpportunitiesPage },
  { path: 'opportunities/new', roles: OPPORTUNITY_ACCESS.manage, Screen: NewOpportunityPage },
  { path: 'opportunities/:id', roles: OPPORTUNITY_ACCESS.read, Screen: OpportunityPage },
  {
    path: 'opportunities/:id/edit',
    roles: OPPORTUNITY_ACCESS.manage,
    Screen: EditOpportunityPage,
  },
  { path: 'find-opportunities', roles: OPPORTUNITY_ACCESS.own, Screen: FindOpportunitiesPage },
  { path: 'my-interest', roles: OPPORTUNITY_ACCESS.own, Screen: MyInterestPage },
  { path: 'messages', roles: OPPORTUNITY_ACCESS.own, Screen: MessagesPage },
];
