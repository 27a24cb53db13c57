import { useState } from 'react';
import { ApiProblem } from './problem';

/**
 * Sends a form once at a time and keeps the problem the server described, if any. Arguments given
 * to `submit` reach the action and `onDone`, for screens with several actions of one kind (a
 * button per row).
 */
export function useSubmit<T, A extends unknown[] = []>(
  action: (...args: A) => Promise<T>,
  onDone: (result: T, ...args: A) => void,
) {
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const submit = async (...args: A) => {
    if (submitting) return;
    setSubmitting(true);
    setProblem(undefined);
    try {
      const result = await action(...args);
      setSubmitting(false);
      onDone(result, ...args);
    } catch (error) {
      setSubmitting(false);
      setProblem(ApiProblem.of(error));
    }
  };
  return { submitting, problem, submit };
}
