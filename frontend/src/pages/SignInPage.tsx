import { useLocation } from 'react-router';
import type { ApiProblem } from '../api/problem';
import { Page } from '../components/Page';
import { loginHref } from '../auth/session';

/** What an anonymous visitor sees, whatever address they opened. */
export function SignInPage({ problem }: { problem?: ApiProblem }) {
  const location = useLocation();
  const back = location.pathname + location.search;
  return (
    <Page title="Sign in to Coproduce">
      <p className="nhsuk-lede-text">
        Coproduce helps NHS staff involve service users and carers in improving care, and pays
        people fairly for their time.
      </p>
      {problem && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {problem.problem.title}. {problem.problem.detail}
          </p>
        </div>
      )}
      <p>Sign in with the account your organisation gave you.</p>
      <a className="nhsuk-button" href={loginHref(back)} role="button" draggable="false">
        Sign in
      </a>
      <h2 className="nhsuk-heading-s">Problems signing in</h2>
      <p>If you have forgotten your password or cannot sign in, contact your involvement team.</p>
    </Page>
  );
}
