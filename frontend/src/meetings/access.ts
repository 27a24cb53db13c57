import type { Role } from '../auth/roles';

/** Who may use each meetings screen; mirrors MeetingResource's @RolesAllowed. */
export const MEETING_ACCESS = {
  arrange: ['coordinator', 'admin'],
  read: ['coordinator', 'admin', 'volunteer'],
} as const satisfies Record<string, readonly Role[]>;
