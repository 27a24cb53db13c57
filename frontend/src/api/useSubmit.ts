import { useState } from 'react';
import { ApiProblem } from './problem';

/** Sends a form once at a time and keeps the problem the server described, if any. */
export function useSubmit<T>(action: () => Promise<T>, onDone: (result: T) => void) {
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setProblem(undefined);
    try {
      const result = await action();
      setSubmitting(false);
      onDone(result);
    } catch (error) {
      setSubmitting(false);
      setProblem(ApiProblem.of(error));
    }
  };
  return { submitting, problem, submit };
}
