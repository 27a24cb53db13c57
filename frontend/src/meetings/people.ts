import { getPerson } from '../api/calls';
import { useLoad } from '../api/useLoad';

/** A person chosen from the register: what a screen needs to show and send. */
export interface Chosen {
  id: string;
  displayName: string;
}

/**
 * The names of the people with these register ids, for screens that get ids only (views and
 * events carry ids, never names). A person who cannot be read is named as such.
 */
export function usePersonNames(
  ids: readonly (string | null | undefined)[],
): Record<string, string> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
  const names = useLoad(`names:${wanted.join(',')}`, async () =>
    Object.fromEntries(
      await Promise.all(
        wanted.map((id) =>
          getPerson(id).then(
            (person) => [id, person.displayName ?? 'No name'] as const,
            () => [id, 'Someone not in the register'] as const,
          ),
        ),
      ),
    ),
  );
  return names.status === 'done' ? names.data : {};
}

/** A name while it loads. */
export const nameOf = (names: Record<string, string>, id: string | null | undefined) =>
  (id && names[id]) ?? 'Loading name…';
