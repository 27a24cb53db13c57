import type { FeatureRoute } from '../featureRoute';
import { OPPORTUNITY_ACCESS } from './access';
import { EditOpportunityPage, NewOpportunityPage } from './OpportunityEditorPages';
import { OpportunitiesPage } from './OpportunitiesPage';
import { OpportunityPage } from './OpportunityPage';
import { FindOpportunitiesPage, MessagesPage, MyInterestPage } from './VolunteerPages';

export const opportunityRoutes: FeatureRoute[] = [
  { path: 'opportunities', roles: OPPORTUNITY_ACCESS.manage, page: <OpportunitiesPage /> },
  { path: 'opportunities/new', roles: OPPORTUNITY_ACCESS.manage, page: <NewOpportunityPage /> },
  { path: 'opportunities/:id', roles: OPPORTUNITY_ACCESS.read, page: <OpportunityPage /> },
  {
    path: 'opportunities/:id/edit',
    roles: OPPORTUNITY_ACCESS.manage,
    page: <EditOpportunityPage />,
  },
  { path: 'find-opportunities', roles: OPPORTUNITY_ACCESS.own, page: <FindOpportunitiesPage /> },
  { path: 'my-interest', roles: OPPORTUNITY_ACCESS.own, page: <MyInterestPage /> },
  { path: 'messages', roles: OPPORTUNITY_ACCESS.own, page: <MessagesPage /> },
];
