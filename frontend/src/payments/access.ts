import type { Role } from '../auth/roles';

/** Who may use each payment screen; mirrors payment-service's @RolesAllowed. */
export const PAYMENT_ACCESS = {
  /** A volunteer's own payments, expenses and payment details. */
  own: ['volunteer'],
  /** Reading every claim. */
  claims: ['finance', 'coordinator', 'admin'],
  /** Approving and rejecting claims. */
  decide: ['finance', 'coordinator'],
  /** Weeks in which a person on benefits passes the weekly limit. */
  benefits: ['coordinator', 'finance', 'admin'],
  /** Reading the export queue and batches. */
  exports: ['finance', 'admin'],
  /** Making batches and downloading their files. */
  export: ['finance'],
  /** Recording what was paid from a batch (never by whoever made it). */
  outcomes: ['finance', 'admin'],
  /** Rate cards and cost centres. */
  setUp: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
