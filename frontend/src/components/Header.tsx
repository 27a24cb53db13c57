import { Link, NavLink } from 'react-router';
import type { Me } from '../api/types';
import { LOGOUT_HREF } from '../auth/session';
import { navigationFor } from '../navigation';

const NHS_LOGO_PATH =
  'M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 5-29 22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 7.5s-12.5-1.5-16-3.5L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5-24.5Z';

/**
 * The NHS header: logo and service name (one link home), the account menu when signed in, and
 * the navigation for the user's roles. Without the design system's JavaScript the navigation
 * wraps onto more lines on a narrow screen instead of folding into a "More" menu.
 */
export function Header({ me }: { me?: Me }) {
  const items = me ? navigationFor(me.roles) : [];
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label="NHS Coproduce homepage">
            <svg
              className="nhsuk-header__logo"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 200 80"
              height="40"
              width="100"
              focusable="false"
              aria-hidden="true"
            >
              <path fill="currentcolor" d={NHS_LOGO_PATH} />
            </svg>
            <span className="nhsuk-header__service-name">Coproduce</span>
          </Link>
        </div>
        {me && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <span className="nhsuk-u-visually-hidden">Signed in as </span>
                <span className="app-account-name">{me.name}</span>
              </li>
              <li className="nhsuk-header__account-item">
                <a className="nhsuk-header__account-link" href={LOGOUT_HREF}>
                  Log out
                </a>
              </li>
            </ul>
          </nav>
        )}
      </div>
      {items.length > 0 && (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {items.map((item) => (
                <li className="nhsuk-header__navigation-item" key={item.to}>
                  <NavLink className="nhsuk-header__navigation-link" to={item.to} end>
                    {({ isActive }) =>
                      isActive ? (
                        <strong className="nhsuk-header__navigation-item-current-fallback">
                          {item.label}
                        </strong>
                      ) : (
                        item.label
                      )
                    }
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      )}
    </header>
  );
}
