import { api, untypedBody } from '../api/client';
import type { ActivityType, Page } from '../api/types';
import type { paths } from '../api/schema';

/** The activity, session, attendance, correction and evaluation calls, with their views. */

type Body<P extends keyof paths, M extends 'post' | 'put'> = paths[P] extends {
  [K in M]: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type NewActivity = Body<'/api/involvement/v1/activities', 'post'>;
export type NewSession = Body<'/api/involvement/v1/activities/{activityId}/sessions', 'post'>;
export type NewAttendanceSheet = Body<'/api/involvement/v1/sessions/{id}/attendance', 'post'>;
export type NewCorrection = Body<'/api/involvement/v1/participations/{id}/corrections', 'post'>;
export type NewEvaluation = Body<'/api/involvement/v1/activities/{activityId}/evaluation', 'put'>;
export type ActivityKind = NewActivity['activityType'];

export interface Activity {
  id: string;
  title: string;
  activityType: ActivityKind;
  involvementLevel: 'BIG_I' | 'LITTLE_I';
  purpose: string;
  projectId?: string | null;
  opportunityId?: string | null;
  createdBy?: string;
  createdAt?: string;
  version: number;
}

export interface Session {
  id: string;
  activityId: string;
  startsAt: string;
  endsAt: string;
  location?: string | null;
  online: boolean;
  accessInformation?: string | null;
  createdAt?: string;
  version: number;
}

export interface AttendanceLine {
  participationId: string;
  personId: string;
  hours: number;
  recordedBy?: string;
  recordedAt?: string;
  participationVersion: number;
}

export interface AttendanceSheet {
  sessionId: string;
  activityId: string;
  entries: AttendanceLine[];
}

export interface Participation {
  id: string;
  personId: string;
  projectId?: string | null;
  activityType: ActivityType;
  date: string;
  hours: number;
  sessionId?: string | null;
  activityId?: string | null;
  version: number;
}

export interface Correction {
  id: string;
  participationId: string;
  previousHours: number;
  hours: number;
  reason: string;
  correctedBy?: string;
  correctedAt?: string;
  participationVersion: number;
}

export interface Evaluation {
  activityId: string;
  principles: number;
  purpose: number;
  presence: number;
  process: number;
  impact: number;
  notes?: string | null;
  evaluatedBy?: string;
  evaluatedAt?: string;
  version: number;
}

export interface FeedbackSummary {
  sessionId: string;
  responses: number;
  averageOverall?: number | null;
  averageUsefulness?: number | null;
}

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

export const listActivities = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/activities', { params: { query: { cursor, limit } } })
    .then((result) => untypedBody<Page<Activity>>(result));

export const getActivity = (id: string) =>
  api
    .GET('/api/involvement/v1/activities/{id}', { params: { path: { id } } })
    .then((result) => untypedBody<Activity>(result));

export const planActivity = (activity: NewActivity) =>
  api
    .POST('/api/involvement/v1/activities', { body: activity })
    .then((result) => untypedBody<Activity>(result));

export const listSessions = (activityId: string, cursor?: string, limit = 50) =>
  api
    .GET('/api/involvement/v1/activities/{activityId}/sessions', {
      params: { path: { activityId }, query: { cursor, limit } },
    })
    .then((result) => untypedBody<Page<Session>>(result));

export const arrangeSession = (activityId: string, session: NewSession) =>
  api
    .POST('/api/involvement/v1/activities/{activityId}/sessions', {
      params: { path: { activityId } },
      body: session,
    })
    .then((result) => untypedBody<Session>(result));

export const getSession = (id: string) =>
  api
    .GET('/api/involvement/v1/sessions/{id}', { params: { path: { id } } })
    .then((result) => untypedBody<Session>(result));

export const getAttendanceSheet = (id: string) =>
  api
    .GET('/api/involvement/v1/sessions/{id}/attendance', { params: { path: { id } } })
    .then((result) => untypedBody<AttendanceSheet>(result));

/**
 * Records a sheet. The key is made once per sheet, so sending it twice (a double click, a retry
 * after a lost answer) records each attendance once and gets the same answer back.
 */
export const recordAttendanceSheet = (
  idempotencyKey: string,
  id: string,
  sheet: NewAttendanceSheet,
) =>
  api
    .POST('/api/involvement/v1/sessions/{id}/attendance', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: sheet,
    })
    .then((result) => untypedBody<AttendanceSheet>(result));

export const getParticipation = (id: string) =>
  api
    .GET('/api/involvement/v1/participations/{id}', { params: { path: { id } } })
    .then((result) => untypedBody<Participation>(result));

export const listMyParticipations = (personId: string, cursor?: string, limit = 50) =>
  api
    .GET('/api/involvement/v1/participations', { params: { query: { personId, cursor, limit } } })
    .then((result) => untypedBody<Page<Participation>>(result));

/** Corrects the hours if the participation is still at `version`; otherwise 412. */
export const correctParticipation = (id: string, version: number, correction: NewCorrection) =>
  api
    .POST('/api/involvement/v1/participations/{id}/corrections', {
      params: { path: { id }, header: ifMatch(version) },
      body: correction,
    })
    .then((result) => untypedBody<Correction>(result));

export const listCorrections = (id: string) =>
  api
    .GET('/api/involvement/v1/participations/{id}/corrections', { params: { path: { id } } })
    .then((result) => untypedBody<Page<Correction>>(result));

/** The activity's evaluation, or null when it has none yet (404). */
export const getEvaluation = (activityId: string) =>
  api
    .GET('/api/involvement/v1/activities/{activityId}/evaluation', {
      params: { path: { activityId } },
    })
    .then(
      (result) => untypedBody<Evaluation>(result),
      (error: unknown) => {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      },
    );

export const evaluateActivity = (
  activityId: string,
  version: number | undefined,
  evaluation: NewEvaluation,
) =>
  api
    .PUT('/api/involvement/v1/activities/{activityId}/evaluation', {
      params: {
        path: { activityId },
        header: version === undefined ? undefined : ifMatch(version),
      },
      body: evaluation,
    })
    .then((result) => untypedBody<Evaluation>(result));

export const getFeedbackSummary = (sessionId: string) =>
  api
    .GET('/api/involvement/v1/sessions/{sessionId}/feedback/summary', {
      params: { path: { sessionId } },
    })
    .then((result) => untypedBody<FeedbackSummary>(result));
