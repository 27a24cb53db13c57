import type { Role } from '../auth/roles';

/** Who may use each opportunity screen; mirrors the API's @RolesAllowed. */
export const OPPORTUNITY_ACCESS = {
  /** Drafting and reading every opportunity, drafts too. */
  manage: ['coordinator', 'admin', 'qi-lead'],
  /** Publishing, closing, inviting, deciding on interest. */
  publish: ['coordinator', 'admin'],
  /** Reading published opportunities. */
  read: ['coordinator', 'admin', 'qi-lead', 'volunteer'],
  own: ['volunteer'],
} as const satisfies Record<string, readonly Role[]>;
