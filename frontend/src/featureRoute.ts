import type { ReactNode } from 'react';
import type { Role } from './auth/roles';

/** A screen a feature folder adds: App shows it to the roles named (the API checks again). */
export interface FeatureRoute {
  path: string;
  roles: readonly Role[];
  page: ReactNode;
}
