import { api, body, untypedBody } from './client';
import type {
  Consents,
  LevelHistoryPage,
  NewConsent,
  NewParticipation,
  NewPerson,
  NewProject,
  ParticipationPage,
  PersonType,
} from './types';

/** Every call the screens make, in one place; each one resolves to the body or throws. */

export const listProjects = (cursor?: string, limit = 20) =>
  api.GET('/api/projects/v1/projects', { params: { query: { cursor, limit } } }).then(body);

export const createProject = (project: NewProject) =>
  api.POST('/api/projects/v1/projects', { body: project });

/** A search of the register; every part is optional and they narrow it together. */
export interface PeopleFilter {
  name?: string;
  type?: PersonType;
  interest?: string;
}

export const listPeople = (cursor?: string, limit = 20, filter: PeopleFilter = {}) =>
  api
    .GET('/api/involvement/v1/people', { params: { query: { ...filter, cursor, limit } } })
    .then(body);

export const getPerson = (id: string) =>
  api.GET('/api/involvement/v1/people/{id}', { params: { path: { id } } }).then(body);

export const registerPerson = (person: NewPerson) =>
  api.POST('/api/involvement/v1/people', { body: person });

/** Replaces the profile if it is still at `version` (the ETag); otherwise 412. */
export const updatePerson = (id: string, version: number, person: NewPerson) =>
  api
    .PUT('/api/involvement/v1/people/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: person,
    })
    .then(body);

export const getConsents = (personId: string) =>
  api
    .GET('/api/involvement/v1/people/{personId}/consents', { params: { path: { personId } } })
    .then((result) => untypedBody<Consents>(result));

export const giveConsent = (personId: string, consent: NewConsent) =>
  api
    .POST('/api/involvement/v1/people/{personId}/consents', {
      params: { path: { personId } },
      body: consent,
    })
    .then(body);

export const withdrawConsent = (personId: string, consentId: string) =>
  api
    .POST('/api/involvement/v1/people/{personId}/consents/{consentId}/withdrawal', {
      params: { path: { personId, consentId } },
    })
    .then(body);

export const listPyramidLevels = () => api.GET('/api/involvement/v1/pyramid-levels').then(body);

export const getPyramidHistory = (personId: string, cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/people/{personId}/pyramid-level/history', {
      params: { path: { personId }, query: { cursor, limit } },
    })
    .then((result) => untypedBody<LevelHistoryPage>(result));

export const setPyramidLevel = (personId: string, level: string) =>
  api
    .PUT('/api/involvement/v1/people/{personId}/pyramid-level', {
      params: { path: { personId } },
      body: { level },
    })
    .then(body);

export const listParticipations = (personId: string, cursor?: string, limit = 100) =>
  api
    .GET('/api/involvement/v1/participations', {
      params: { query: { personId, cursor, limit } },
    })
    .then((result) => untypedBody<ParticipationPage>(result));

/** Records an attendance; the key is made once per form, so a retry never records it twice. */
export const recordParticipation = (idempotencyKey: string, participation: NewParticipation) =>
  api.POST('/api/involvement/v1/participations', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: participation,
  });

export const getIndicators = () => api.GET('/api/strategy/v1/indicators').then(body);

export const rebuildIndicators = () => api.POST('/api/strategy/v1/indicators/rebuild').then(body);
