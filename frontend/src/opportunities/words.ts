import { ApiProblem } from '../api/problem';
import { dateTime } from '../format';
import { timeLabel } from '../people/profile';
import type { Opportunity } from './api';

/** When an opportunity takes place, in words. */
export function when(o: Opportunity): string {
  if (!o.startsAt) return 'To be arranged';
  return o.endsAt ? `${dateTime(o.startsAt)} to ${dateTime(o.endsAt)}` : dateTime(o.startsAt);
}

export function where(o: Opportunity): string {
  if (o.online) return o.location ? `Online, or at ${o.location}` : 'Online';
  return o.location ?? 'To be arranged';
}

/** Why something matches, in words. */
export function why(topics: readonly string[], times: readonly string[]): string {
  const parts = [
    topics.length ? `interested in ${topics.join(', ')}` : '',
    times.length ? `free ${times.map((t) => timeLabel(t).toLowerCase()).join(', ')}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

/** A 412 in words: someone changed it first. */
export function staleProblem(problem: ApiProblem | undefined): ApiProblem | undefined {
  return problem?.status === 412
    ? new ApiProblem({
        title: 'Someone else changed this opportunity while you were looking at it',
        status: 412,
        detail: 'Reload it to see their changes, then try again.',
      })
    : problem;
}
