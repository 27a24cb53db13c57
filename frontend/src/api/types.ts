import type { Item, Ok, Or, RequestBody } from './derive';

/*
 * The API's types, derived from the paths of the generated OpenAPI client (paths are the
 * gateway's contract; schema names may change when documents are aggregated).
 *
 * Some operations do not document their 200 response yet (an explicit @APIResponse for an error
 * replaced SmallRye's default). For those a local fallback describes what the service returns;
 * once the document describes the response, the generated type takes over by itself.
 */
export interface Page<T> {
  items?: T[];
  nextCursor?: string;
}

export type ProjectPage = Ok<'/api/projects/v1/projects', 'get'>;
export type Project = Item<ProjectPage>;
export type NewProject = RequestBody<'/api/projects/v1/projects', 'post'>;
export type ProjectStatus = NonNullable<Project['status']>;

export type PersonPage = Ok<'/api/involvement/v1/people', 'get'>;
export type Person = Item<PersonPage>;
export type NewPerson = RequestBody<'/api/involvement/v1/people', 'post'>;
export type PersonType = NewPerson['personType'];
export type PreferredTime = NonNullable<NewPerson['preferredTimes']>[number];

export type NewConsent = RequestBody<'/api/involvement/v1/people/{personId}/consents', 'post'>;
export type ConsentPurpose = NewConsent['purpose'];
export type ConsentChannel = NewConsent['channel'];
export type Consent = Ok<'/api/involvement/v1/people/{personId}/consents', 'post'>;
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

export type NewParticipation = RequestBody<'/api/involvement/v1/participations', 'post'>;
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
