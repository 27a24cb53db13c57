import { api, untypedBody } from '../api/client';
import type { Page, PersonType, PreferredTime } from '../api/types';
import type { paths } from '../api/schema';

/** The opportunity, interest and message calls, with the views the service returns. */

type Body<P extends keyof paths, M extends 'post' | 'put'> = paths[P] extends {
  [K in M]: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type NewOpportunity = Body<'/api/involvement/v1/opportunities', 'post'>;
export type OpportunityKind = NewOpportunity['kind'];
export type InvolvementLevel = NonNullable<NewOpportunity['involvementLevel']>;
export type OpportunityStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED';
export type InterestStatus =
  'INTERESTED' | 'SHORTLISTED' | 'SELECTED' | 'NOT_SELECTED' | 'WITHDRAWN';

export interface Opportunity {
  id: string;
  kind: OpportunityKind;
  involvementLevel?: InvolvementLevel | null;
  projectId?: string | null;
  title: string;
  purpose: string;
  startsAt?: string | null;
  endsAt?: string | null;
  online: boolean;
  location?: string | null;
  accessInformation?: string | null;
  expectedHours?: number | null;
  reward?: string | null;
  topics: string[];
  timesOfWeek: PreferredTime[];
  placesAvailable: number;
  closesOn?: string | null;
  status: OpportunityStatus;
  createdAt?: string;
  updatedAt?: string;
  version: number;
}

export interface OpportunityMatch {
  opportunity: Opportunity;
  matchedTopics: string[];
  matchedTimes: PreferredTime[];
}

export interface SuggestedPerson {
  personId: string;
  displayName: string;
  personType: PersonType;
  matchedTopics: string[];
  matchedTimes: PreferredTime[];
}

export interface Invitations {
  opportunityId: string;
  invited: number;
  alreadyInvited: number;
}

export interface Interest {
  id: string;
  opportunityId: string;
  opportunityTitle: string;
  personId: string;
  personDisplayName: string;
  note?: string | null;
  status: InterestStatus;
  createdAt?: string;
  updatedAt?: string;
  version: number;
}

export interface Message {
  id: string;
  purpose: 'OPPORTUNITY_INVITATION' | 'INTEREST_OUTCOME';
  subject: string;
  body: string;
  opportunityId?: string | null;
  createdAt: string;
  readAt?: string | null;
  read: boolean;
  version: number;
}

export interface OpportunityFilter {
  kind?: OpportunityKind;
  status?: OpportunityStatus;
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export const listOpportunities = (filter: OpportunityFilter, cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/opportunities', {
      params: { query: { ...filter, cursor, limit } },
    })
    .then((result) => untypedBody<Page<Opportunity>>(result));

export const getOpportunity = (id: string) =>
  api
    .GET('/api/involvement/v1/opportunities/{id}', { params: { path: { id } } })
    .then((result) => untypedBody<Opportunity>(result));

export const createOpportunity = (opportunity: NewOpportunity) =>
  api
    .POST('/api/involvement/v1/opportunities', { body: opportunity })
    .then((result) => untypedBody<Opportunity>(result));

/** Replaces the description if it is still at `version` (the ETag); otherwise 412. */
export const updateOpportunity = (id: string, version: number, opportunity: NewOpportunity) =>
  api
    .PUT('/api/involvement/v1/opportunities/{id}', {
      params: { path: { id }, header: ifMatch(version) },
      body: opportunity,
    })
    .then((result) => untypedBody<Opportunity>(result));

export const publishOpportunity = (id: string, version: number) =>
  api
    .POST('/api/involvement/v1/opportunities/{id}/publication', {
      params: { path: { id }, header: ifMatch(version) },
    })
    .then((result) => untypedBody<Opportunity>(result));

export const closeOpportunity = (id: string, version: number) =>
  api
    .POST('/api/involvement/v1/opportunities/{id}/closure', {
      params: { path: { id }, header: ifMatch(version) },
    })
    .then((result) => untypedBody<Opportunity>(result));

export const listMyMatches = () =>
  api
    .GET('/api/involvement/v1/opportunities/matches', { params: { query: { limit: 20 } } })
    .then((result) => untypedBody<OpportunityMatch[]>(result));

export const listSuggestedPeople = (id: string) =>
  api
    .GET('/api/involvement/v1/opportunities/{id}/suggested-people', { params: { path: { id } } })
    .then((result) => untypedBody<SuggestedPerson[]>(result));

export const inviteSuggestedPeople = (id: string) =>
  api
    .POST('/api/involvement/v1/opportunities/{id}/invitations', { params: { path: { id } } })
    .then((result) => untypedBody<Invitations>(result));

export const expressInterest = (id: string, note: string | undefined) =>
  api
    .POST('/api/involvement/v1/opportunities/{id}/expressions-of-interest', {
      params: { path: { id } },
      body: { note },
    })
    .then((result) => untypedBody<Interest>(result));

export const listInterestsIn = (id: string, cursor?: string, limit = 50) =>
  api
    .GET('/api/involvement/v1/opportunities/{id}/expressions-of-interest', {
      params: { path: { id }, query: { cursor, limit } },
    })
    .then((result) => untypedBody<Page<Interest>>(result));

export const listMyInterests = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/expressions-of-interest', { params: { query: { cursor, limit } } })
    .then((result) => untypedBody<Page<Interest>>(result));

/** A coordinator's decision on an expression of interest, by the last part of its path. */
export type Decision = 'shortlisting' | 'selection' | 'decline';

const DECISION_PATHS = {
  shortlisting: '/api/involvement/v1/expressions-of-interest/{id}/shortlisting',
  selection: '/api/involvement/v1/expressions-of-interest/{id}/selection',
  decline: '/api/involvement/v1/expressions-of-interest/{id}/decline',
} as const;

export const decideInterest = (interest: Interest, decision: Decision) =>
  api
    .POST(DECISION_PATHS[decision], {
      params: { path: { id: interest.id }, header: ifMatch(interest.version) },
    })
    .then((result) => untypedBody<Interest>(result));

export const withdrawInterest = (interest: Interest) =>
  api
    .POST('/api/involvement/v1/expressions-of-interest/{id}/withdrawal', {
      params: { path: { id: interest.id }, header: ifMatch(interest.version) },
    })
    .then((result) => untypedBody<Interest>(result));

export const listMyMessages = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/messages', { params: { query: { cursor, limit } } })
    .then((result) => untypedBody<Page<Message>>(result));

export const markMessageRead = (message: Message) =>
  api
    .POST('/api/involvement/v1/messages/{id}/read', {
      params: { path: { id: message.id }, header: ifMatch(message.version) },
    })
    .then((result) => untypedBody<Message>(result));
