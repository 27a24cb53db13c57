import type { Role } from '../auth/roles';

/** Who may use each election screen; mirrors ElectionResource's @RolesAllowed. */
export const ELECTION_ACCESS = {
  read: ['coordinator', 'admin', 'volunteer'],
  run: ['coordinator'],
  stand: ['volunteer'],
} as const satisfies Record<string, readonly Role[]>;
