import { api, body, untypedBody } from './client';
import type {
  ClaimStatus,
  NewParticipation,
  NewPerson,
  NewProject,
  ParticipationPage,
  Person,
} from './types';

/** Every call the screens make, in one place; each one resolves to the body or throws. */

export const listProjects = (cursor?: string, limit = 20) =>
  api.GET('/api/projects/v1/projects', { params: { query: { cursor, limit } } }).then(body);

export const createProject = (project: NewProject) =>
  api.POST('/api/projects/v1/projects', { body: project });

export const listPeople = (cursor?: string, limit = 20) =>
  api.GET('/api/involvement/v1/people', { params: { query: { cursor, limit } } }).then(body);

export const getPerson = (id: string) =>
  api
    .GET('/api/involvement/v1/people/{id}', { params: { path: { id } } })
    .then((result) => untypedBody<Person>(result));

export const registerPerson = (person: NewPerson) =>
  api.POST('/api/involvement/v1/people', { body: person });

export const listParticipations = (personId: string, cursor?: string, limit = 100) =>
  api
    .GET('/api/involvement/v1/participations', {
      params: { query: { personId, cursor, limit } },
    })
    .then((result) => untypedBody<ParticipationPage>(result));

export const recordParticipation = (participation: NewParticipation) =>
  api.POST('/api/involvement/v1/participations', { body: participation });

export interface ClaimFilter {
  status?: ClaimStatus;
  personId?: string;
}

export const listClaims = (filter: ClaimFilter, cursor?: string, limit = 20) =>
  api
    .GET('/api/payments/v1/claims', { params: { query: { ...filter, cursor, limit } } })
    .then(body);

export const getIndicators = () => api.GET('/api/strategy/v1/indicators').then(body);

export const rebuildIndicators = () => api.POST('/api/strategy/v1/indicators/rebuild').then(body);
