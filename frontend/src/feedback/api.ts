import { api, untypedBody } from '../api/client';
import type { paths } from '../api/schema';

type Body<P extends keyof paths> = paths[P] extends {
  post: { requestBody?: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type NewFeedback = Body<'/api/involvement/v1/sessions/{sessionId}/feedback'>;

export interface GivenFeedback {
  id: string;
  sessionId: string;
  overall: number;
  usefulness: number;
  comment?: string | null;
  givenAt: string;
}

export const giveFeedback = (sessionId: string, feedback: NewFeedback) =>
  api
    .POST('/api/involvement/v1/sessions/{sessionId}/feedback', {
      params: { path: { sessionId } },
      body: feedback,
    })
    .then((result) => untypedBody<GivenFeedback>(result));
