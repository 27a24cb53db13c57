import type { Role } from '../auth/roles';

/** Who may use each "you said, we did" screen; mirrors ContributionResource's @RolesAllowed. */
export const CONTRIBUTION_ACCESS = {
  manage: ['coordinator', 'admin'],
  read: ['coordinator', 'admin', 'volunteer'],
  own: ['volunteer'],
} as const satisfies Record<string, readonly Role[]>;
