import type { Role } from '../auth/roles';

/** Who may use each activity and session screen; mirrors the API's @RolesAllowed. */
export const SESSION_ACCESS = {
  /** Planning activities, arranging sessions, attendance sheets, corrections, evaluation. */
  manage: ['coordinator', 'qi-lead', 'admin'],
  /** Attendance sheets pick people from the register, which only its keepers may list. */
  attendance: ['coordinator', 'admin'],
  own: ['volunteer'],
} as const satisfies Record<string, readonly Role[]>;
