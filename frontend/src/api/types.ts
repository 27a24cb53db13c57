import type { paths } from './schema';

/*
 * The API's types, derived from the paths of the generated OpenAPI client (paths are the
 * gateway's contract; schema names may change when documents are aggregated).
 *
 * Some operations do not document their 200 response yet (an explicit @APIResponse for an error
 * replaced SmallRye's default). For those a local fallback describes what the service returns;
 * once the document describes the response, the generated type takes over by itself.
 */
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
type Or<T, Fallback> = [T] extends [never] ? Fallback : T;
type Item<T> = T extends { items?: (infer I)[] } ? I : never;
type RequestBody<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export interface Page<T> {
  items?: T[];
  nextCursor?: string;
}

export type ProjectPage = Ok<'/api/projects/v1/projects', 'get'>;
export type Project = Item<ProjectPage>;
export type NewProject = RequestBody<'/api/projects/v1/projects'>;
export type ProjectStatus = NonNullable<Project['status']>;

export type PersonPage = Ok<'/api/involvement/v1/people', 'get'>;
export type Person = Item<PersonPage>;
export type NewPerson = RequestBody<'/api/involvement/v1/people'>;
export type PersonType = NewPerson['personType'];
export type PreferredTime = NonNullable<NewPerson['preferredTimes']>[number];

export type NewConsent = RequestBody<'/api/involvement/v1/people/{personId}/consents'>;
export type ConsentPurpose = NewConsent['purpose'];
export type ConsentChannel = NewConsent['channel'];
type Created<P extends keyof paths> = paths[P] extends {
  post: { responses: { 201: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;
export type Consent = Created<'/api/involvement/v1/people/{personId}/consents'>;
interface ConsentsFallback {
  personId?: string;
  current?: { purpose?: ConsentPurpose; allowed?: boolean; consent?: Consent }[];
  history?: Consent[];
}
export type Consents = Or<
  Ok<'/api/involvement/v1/people/{personId}/consents', 'get'>,
  ConsentsFallback
>;

export type PyramidLevel = Ok<'/api/involvement/v1/pyramid-levels', 'get'>[number];
interface LevelChangeFallback {
  id?: string;
  personId?: string;
  /** Absent for a person's first level. */
  fromLevel?: string | null;
  toLevel?: string;
  changedAt?: string;
  changedBy?: string;
}
export type LevelHistoryPage = Or<
  Ok<'/api/involvement/v1/people/{personId}/pyramid-level/history', 'get'>,
  Page<LevelChangeFallback>
>;
export type LevelChange = Item<LevelHistoryPage>;

export type NewParticipation = RequestBody<'/api/involvement/v1/participations'>;
export type ActivityType = NewParticipation['activityType'];
interface ParticipationFallback {
  id?: string;
  personId?: string;
  projectId?: string;
  activityType?: ActivityType;
  date?: string;
  hours?: number;
  sessionId?: string;
  recordedBy?: string;
  createdAt?: string;
  version?: number;
}
export type ParticipationPage = Or<
  Ok<'/api/involvement/v1/participations', 'get'>,
  Page<ParticipationFallback>
>;
export type Participation = Item<ParticipationPage>;

export type ClaimPage = Ok<'/api/payments/v1/claims', 'get'>;
export type Claim = Item<ClaimPage>;
export type ClaimStatus = NonNullable<Claim['status']>;

export type Indicators = Ok<'/api/strategy/v1/indicators', 'get'>;

/** The signed-in user, from the gateway's `/api/me`. */
export interface Me {
  username: string;
  name: string;
  roles: string[];
  personId: string | null;
}
