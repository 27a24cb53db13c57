import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';

/** The design system's action link: the one obvious next step on a screen. */
export function ActionLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link className="nhsuk-action-link" to={to}>
      <svg
        className="nhsuk-icon nhsuk-icon--arrow-right-circle"
        xmlns="http://www.w3.org/2000/svg"
        viewBox="0 0 24 24"
        width="16"
        height="16"
        focusable="false"
        aria-hidden="true"
      >
        <path d="M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z" />
      </svg>
      <span className="nhsuk-action-link__text">{children}</span>
    </Link>
  );
}

/** The main things a user can do from a screen, as action links one under the other. */
export function Shortcuts({ links }: { links: { to: string; label: string }[] }) {
  return (
    <ul className="nhsuk-list">
      {links.map((link) => (
        <li key={link.to}>
          <ActionLink to={link.to}>{link.label}</ActionLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * A green confirmation banner after something was saved. With `focus` it takes focus when it
 * appears, for actions whose button goes away once done (focus would otherwise fall to the page).
 */
export function SuccessBanner({
  title,
  focus = false,
  children,
}: {
  title: string;
  focus?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, title]);
  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby={`${id}-title`}
      ref={ref}
      tabIndex={-1}
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={`${id}-title`}>
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{title}</p>
        {children}
      </div>
    </div>
  );
}

/** "Show more" under a paged list. */
export function ShowMore({
  hasMore,
  loading,
  onClick,
  what,
}: {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
  what: string;
}) {
  if (!hasMore) return null;
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary"
      onClick={onClick}
      disabled={loading}
      aria-disabled={loading}
    >
      {loading ? `Loading more ${what}…` : `Show more ${what}`}
    </button>
  );
}
