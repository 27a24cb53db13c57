import { api, body, untypedBody } from '../api/client';
import { type Item, type Ok, type Or, type RequestBody } from '../api/derive';
import type { Page } from '../api/types';

/** Ambassador elections (involvement-service). */

export type Election = Ok<'/api/involvement/v1/elections/{electionId}', 'get'>;
export type ElectionPhase = NonNullable<Election['phase']>;
export type NewElection = RequestBody<'/api/involvement/v1/elections', 'post'>;
export type Nomination = Ok<
  '/api/involvement/v1/elections/{electionId}/nominations/{nominationId}/acceptance',
  'post'
>;
export type Results = Ok<'/api/involvement/v1/elections/{electionId}/results', 'get'>;
export type NewDeclaration = RequestBody<
  '/api/involvement/v1/elections/{electionId}/declaration',
  'post'
>;
export interface Candidate {
  personId?: string;
  displayName?: string;
}

export type ElectionPage = Or<Ok<'/api/involvement/v1/elections', 'get'>, Page<Election>>;
export type NominationPage = Or<
  Ok<'/api/involvement/v1/elections/{electionId}/nominations', 'get'>,
  Page<Nomination>
>;
export type ElectionSummary = Item<ElectionPage>;

const path = (electionId: string) => ({ path: { electionId } });

export const listElections = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/elections', { params: { query: { cursor, limit } } })
    .then((result) => untypedBody<ElectionPage>(result));

export const getElection = (electionId: string) =>
  api.GET('/api/involvement/v1/elections/{electionId}', { params: path(electionId) }).then(body);

export const openElection = (election: NewElection) =>
  api.POST('/api/involvement/v1/elections', { body: election }).then(body);

export const listNominations = (electionId: string) =>
  api
    .GET('/api/involvement/v1/elections/{electionId}/nominations', {
      params: { ...path(electionId), query: { limit: 100 } },
    })
    .then((result) => untypedBody<NominationPage>(result));

export const nominate = (electionId: string, personId: string) =>
  api
    .POST('/api/involvement/v1/elections/{electionId}/nominations', {
      params: path(electionId),
      body: { personId },
    })
    .then(body);

export const acceptNomination = (electionId: string, nominationId: string) =>
  api
    .POST('/api/involvement/v1/elections/{electionId}/nominations/{nominationId}/acceptance', {
      params: { path: { electionId, nominationId } },
    })
    .then(body);

export const listCandidates = (electionId: string) =>
  api
    .GET('/api/involvement/v1/elections/{electionId}/candidates', { params: path(electionId) })
    .then((result) => untypedBody<Candidate[]>(result));

export const castVote = (electionId: string, candidatePersonId: string) =>
  api.POST('/api/involvement/v1/elections/{electionId}/ballot', {
    params: path(electionId),
    body: { candidatePersonId },
  });

export const getResults = (electionId: string) =>
  api
    .GET('/api/involvement/v1/elections/{electionId}/results', { params: path(electionId) })
    .then(body);

export const declareResult = (electionId: string, declaration: NewDeclaration) =>
  api
    .POST('/api/involvement/v1/elections/{electionId}/declaration', {
      params: path(electionId),
      body: declaration,
    })
    .then(body);
