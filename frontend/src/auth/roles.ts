/** The roles of DESIGN.md, as the identity provider names them. */
export const ROLES = [
  'qi-lead',
  'coordinator',
  'volunteer',
  'finance',
  'executive',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The known roles of a user, in the order above: the first one chooses their home page. */
export function rolesOf(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export function hasAnyRole(roles: readonly string[], allowed: readonly Role[]): boolean {
  return allowed.some((role) => roles.includes(role));
}

export const ROLE_NAMES: Record<Role, string> = {
  'qi-lead': 'QI project lead',
  coordinator: 'Involvement coordinator',
  volunteer: 'Volunteer',
  finance: 'Finance officer',
  executive: 'Executive',
  admin: 'Administrator',
};

/** Who may use each screen; mirrors the API's @RolesAllowed (docs/architecture.md, Security). */
export const ACCESS = {
  projects: ['qi-lead', 'coordinator', 'executive', 'admin'],
  startProject: ['qi-lead', 'admin'],
  people: ['coordinator', 'admin'],
  /** A volunteer's own profile and consent (the API checks the record is theirs). */
  ownRecord: ['volunteer'],
  recordParticipation: ['coordinator', 'qi-lead', 'admin'],
  claims: ['finance', 'coordinator', 'admin'],
  indicators: ['executive', 'coordinator', 'admin'],
  rebuildIndicators: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
