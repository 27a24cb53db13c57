import { api, body, untypedBody } from '../api/client';
import { ifMatch, type Ok, type Or, type RequestBody } from '../api/derive';
import type { Page } from '../api/types';

/** Recruitment interview panels (involvement-service). */

export type Panel = Ok<'/api/involvement/v1/panels/{panelId}', 'get'>;
export type PanelMember = NonNullable<Panel['members']>[number];
export type NewPanel = RequestBody<'/api/involvement/v1/panels', 'post'>;
export type NewPanelMember = RequestBody<'/api/involvement/v1/panels/{panelId}/members', 'post'>;
export type NewCriterion = RequestBody<'/api/involvement/v1/panels/{panelId}/criteria', 'post'>;
export type Score = Ok<'/api/involvement/v1/panels/{panelId}/scores', 'post'>;
interface SummaryFallback {
  panelId?: string;
  closed?: boolean;
  candidates?: {
    candidateId?: string;
    reference?: string;
    weightedScore?: number | null;
    scoresGiven?: number;
    scoresExpected?: number;
  }[];
}
export type PanelSummary = Or<
  Ok<'/api/involvement/v1/panels/{panelId}/summary', 'get'>,
  SummaryFallback
>;
export type PanelPage = Or<Ok<'/api/involvement/v1/panels', 'get'>, Page<Panel>>;
export type ScorePage = Or<Ok<'/api/involvement/v1/panels/{panelId}/scores', 'get'>, Page<Score>>;

const path = (panelId: string) => ({ path: { panelId } });

export const listMyPanels = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/panels', { params: { query: { cursor, limit } } })
    .then((result) => untypedBody<PanelPage>(result));

export const getPanel = (panelId: string) =>
  api.GET('/api/involvement/v1/panels/{panelId}', { params: path(panelId) }).then(body);

export const createPanel = (panel: NewPanel) =>
  api.POST('/api/involvement/v1/panels', { body: panel }).then(body);

export const addMember = (panelId: string, member: NewPanelMember) =>
  api.POST('/api/involvement/v1/panels/{panelId}/members', { params: path(panelId), body: member });

export const proposeCriterion = (panelId: string, criterion: NewCriterion) =>
  api.POST('/api/involvement/v1/panels/{panelId}/criteria', {
    params: path(panelId),
    body: criterion,
  });

export const addCandidate = (panelId: string, reference: string) =>
  api.POST('/api/involvement/v1/panels/{panelId}/candidates', {
    params: path(panelId),
    body: { reference },
  });

export const listScores = (panelId: string) =>
  api
    .GET('/api/involvement/v1/panels/{panelId}/scores', {
      params: { ...path(panelId), query: { limit: 100 } },
    })
    .then((result) => untypedBody<ScorePage>(result));

export const scoreCandidate = (
  panelId: string,
  score: { candidateId: string; criterionId: string; score: number },
) =>
  api.POST('/api/involvement/v1/panels/{panelId}/scores', { params: path(panelId), body: score });

export const changeScore = (panelId: string, score: Score, value: number) =>
  api.PUT('/api/involvement/v1/panels/{panelId}/scores/{scoreId}', {
    params: { path: { panelId, scoreId: score.id ?? '' }, header: ifMatch(score.version) },
    body: { score: value, note: score.note ?? undefined },
  });

export const getSummary = (panelId: string) =>
  api
    .GET('/api/involvement/v1/panels/{panelId}/summary', { params: path(panelId) })
    .then((result) => untypedBody<PanelSummary>(result));

export const closePanel = (panelId: string) =>
  api.POST('/api/involvement/v1/panels/{panelId}/closure', { params: path(panelId) }).then(body);
