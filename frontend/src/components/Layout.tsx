import type { MouseEvent, ReactNode } from 'react';
import type { Me } from '../api/types';
import { Header } from './Header';

/** Skip link, header, the main landmark and the footer around every screen. */
export function Layout({ me, children }: { me?: Me; children: ReactNode }) {
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById('maincontent');
    if (main) {
      event.preventDefault();
      main.focus();
    }
  };
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent" onClick={skipToMain}>
        Skip to main content
      </a>
      <Header me={me} />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta">
            <p className="nhsuk-body-s">
              Coproduce: involving service users and carers in quality improvement, and paying them
              fairly for their time.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
