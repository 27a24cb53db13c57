import type { Participation } from '../api/types';

/** The total time given, in the activities listed. */
export function totalHours(items: Participation[]): number {
  return items.reduce((sum, item) => sum + Number(item.hours ?? 0), 0);
}
