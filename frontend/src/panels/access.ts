import { ROLES, type Role } from '../auth/roles';

/** Who may use each panel screen; mirrors PanelResource's @RolesAllowed. */
export const PANEL_ACCESS = {
  /** Anyone may sit on a panel: the service shows each caller the panels they are on. */
  sitOn: ROLES,
  run: ['coordinator'],
} as const satisfies Record<string, readonly Role[]>;
