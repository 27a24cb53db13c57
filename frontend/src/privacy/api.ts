import { api, untypedBody } from '../api/client';
import { ApiProblem } from '../api/problem';

export type ErasureReason = 'PERSON_ASKED' | 'NO_LONGER_INVOLVED' | 'RETENTION_PERIOD_ENDED';

export interface Erasure {
  personId: string;
  displayName: string;
  erasedAt: string;
  reason?: ErasureReason | null;
  version: number;
}

/** Erases the person if their record is still at `version`; otherwise 412. */
export const erasePerson = (personId: string, version: number, reason: ErasureReason) =>
  api
    .POST('/api/involvement/v1/people/{personId}/erasure', {
      params: { path: { personId }, header: { 'If-Match': `"${version}"` } },
      body: { reason },
    })
    .then((result) => untypedBody<Erasure>(result));

/** The gateway's one file of everything every service holds about a person (subject access). */
export function subjectAccessPath(personId: string): string {
  return `/api/subject-access/${encodeURIComponent(personId)}`;
}

/**
 * Fetches the file and hands it to the browser as a download, so a refusal (or a service that
 * did not answer) is shown on the page as a problem rather than saved as a file.
 */
export async function downloadSubjectAccess(personId: string): Promise<string> {
  let response: Response;
  try {
    response = await globalThis.fetch(subjectAccessPath(personId), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json, application/problem+json' },
    });
  } catch (error) {
    throw ApiProblem.of(error);
  }
  if (!response.ok) {
    throw await ApiProblem.fromResponse(response);
  }
  const name = fileName(response.headers.get('content-disposition'), personId);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return name;
}

export function fileName(disposition: string | null, personId: string): string {
  const named = disposition?.match(/filename="?([^";]+)"?/)?.[1];
  return named ?? `coproduce-subject-access-${personId}.json`;
}
