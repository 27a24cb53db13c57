import type { FeatureRoute } from '../features';
import { PANEL_ACCESS } from './access';
import { NewPanelPage } from './NewPanelPage';
import { PanelPage } from './PanelPage';
import { PanelsPage } from './PanelsPage';

export const PANEL_ROUTES: FeatureRoute[] = [
  { path: 'panels', roles: PANEL_ACCESS.sitOn, Screen: PanelsPage },
  { path: 'panels/new', roles: PANEL_ACCESS.run, Screen: NewPanelPage },
  { path: 'panels/:id', roles: PANEL_ACCESS.sitOn, Screen: PanelPage },
];
