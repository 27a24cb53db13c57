import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigationType } from 'react-router';

interface Props {
  title: string;
  /** A short line above the heading, such as the user's role. */
  caption?: string;
  children: ReactNode;
}

/**
 * One screen: sets the document title and the page's only h1. After a link inside the app the
 * heading takes focus, so screen reader users hear where they are; a page load or the browser's
 * back button keeps the browser's own focus (on a load the skip link comes first).
 */
export function Page({ title, caption, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const navigation = useNavigationType();
  useEffect(() => {
    document.title = `${title} – Coproduce`;
    if (navigation !== 'POP') {
      heading.current?.focus();
    }
  }, [title, navigation]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {caption && <span className="nhsuk-caption-l">{caption}</span>}
        {title}
      </h1>
      {children}
    </>
  );
}
