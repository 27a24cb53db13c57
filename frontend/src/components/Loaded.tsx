import type { ReactNode } from 'react';
import type { Load } from '../api/useLoad';
import { ProblemSummary } from './ProblemSummary';

interface Props<T> {
  load: Load<T> & { reload?: () => void };
  /** What is loading, in plain words: "your projects". */
  what: string;
  children: (data: T) => ReactNode;
}

/** The three states of anything loaded from the API: loading, a problem, or the data. */
export function Loaded<T>({ load, what, children }: Props<T>) {
  if (load.status === 'loading') {
    return <Loading what={what} />;
  }
  if (load.status === 'error') {
    return (
      <>
        <ProblemSummary problem={load.problem} />
        {load.reload && load.problem.status !== 401 && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={load.reload}
          >
            Try again
          </button>
        )}
      </>
    );
  }
  return <>{children(load.data)}</>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="nhsuk-body" role="status">
      Loading {what}…
    </p>
  );
}
