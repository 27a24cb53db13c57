import { useEffect, useId, useRef } from 'react';
import type { ApiProblem } from '../api/problem';
import { loginHref } from '../auth/session';
import { fieldMessage } from '../format';

interface Props {
  problem: ApiProblem;
  /** Field names that have an input on this screen: their errors link to it (`#field-name`). */
  fields?: readonly string[];
  /** Move focus to the summary when it appears (after a form is sent). */
  focus?: boolean;
}

/**
 * Shows an RFC 9457 problem the way the NHS design system shows errors: its title, its detail,
 * and each field error, linked to the field when the field is on the screen.
 */
export function ProblemSummary({ problem, fields = [], focus = false }: Props) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, problem]);
  const { title, detail, status } = problem.problem;
  return (
    <div className="nhsuk-error-summary" ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id={`${id}-title`}>
          {title}
        </h2>
        <div className="nhsuk-error-summary__body">
          {detail && detail !== title && <p>{detail}</p>}
          {status === 401 && (
            <p>
              <a href={loginHref(window.location.pathname + window.location.search)}>
                Sign in again
              </a>
            </p>
          )}
          {problem.fieldErrors.length > 0 && (
            <ul className="nhsuk-list nhsuk-error-summary__list">
              {problem.fieldErrors.map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  {fields.includes(error.field) ? (
                    <a href={`#field-${error.field}`}>{fieldMessage(error)}</a>
                  ) : (
                    fieldMessage(error)
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
