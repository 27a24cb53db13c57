import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem } from './problem';
import type { Page } from './types';

export type Load<T> =
  { status: 'loading' } | { status: 'error'; problem: ApiProblem } | { status: 'done'; data: T };

/**
 * Loads data for a screen and loads it again when `key` changes or `reload()` is called. While a
 * load for the current key has not finished, the state is `loading`; a late answer for an old key
 * is ignored.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Load<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; load: Load<T> }>();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const current = `${attempt}:${key}`;
  useEffect(() => {
    let wanted = true;
    loadRef.current().then(
      (data) => wanted && setResult({ key: current, load: { status: 'done', data } }),
      (error: unknown) =>
        wanted &&
        setResult({ key: current, load: { status: 'error', problem: ApiProblem.of(error) } }),
    );
    return () => {
      wanted = false;
    };
  }, [current]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const state: Load<T> = result?.key === current ? result.load : { status: 'loading' };
  return { ...state, reload };
}

export interface PagedList<T> {
  first: Load<Page<T>>;
  items: T[];
  hasMore: boolean;
  loadingMore: boolean;
  moreProblem?: ApiProblem;
  loadMore: () => void;
  reload: () => void;
}

/** A keyset-paged list (`{items, nextCursor}`) whose further pages are added on request. */
export function usePagedList<T>(
  key: string,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): PagedList<T> {
  const first = useLoad(key, () => fetchPage(undefined));
  const [more, setMore] = useState<{
    of: Page<T>;
    items: T[];
    nextCursor?: string;
    loading: boolean;
    problem?: ApiProblem;
  }>();
  const firstPage = first.status === 'done' ? first.data : undefined;
  const extra = more && more.of === firstPage ? more : undefined;
  const items = [...(firstPage?.items ?? []), ...(extra?.items ?? [])];
  const nextCursor = extra ? extra.nextCursor : firstPage?.nextCursor;

  const loadMore = () => {
    if (!firstPage || !nextCursor || extra?.loading) return;
    const base = { of: firstPage, items: extra?.items ?? [], nextCursor };
    setMore({ ...base, loading: true });
    fetchPage(nextCursor).then(
      (page) =>
        setMore({
          of: firstPage,
          items: [...base.items, ...(page.items ?? [])],
          nextCursor: page.nextCursor ?? undefined,
          loading: false,
        }),
      (error: unknown) => setMore({ ...base, loading: false, problem: ApiProblem.of(error) }),
    );
  };

  return {
    first,
    items,
    hasMore: Boolean(nextCursor),
    loadingMore: extra?.loading ?? false,
    moreProblem: extra?.problem,
    loadMore,
    reload: first.reload,
  };
}
