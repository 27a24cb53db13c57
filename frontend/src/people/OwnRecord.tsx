import type { ReactNode } from 'react';
import { useMe } from '../auth/session';

/**
 * The signed-in volunteer's own record in the register (their account names it), or a word on
 * why there is none yet.
 */
export function OwnRecord({
  what,
  children,
}: {
  /** What cannot be shown without the link, in plain words: "your hours and claims". */
  what: string;
  children: (personId: string) => ReactNode;
}) {
  const me = useMe();
  return me.personId ? (
    <>{children(me.personId)}</>
  ) : (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        Your account is not linked to your record in the involvement register yet, so we cannot show{' '}
        {what}. Ask your involvement coordinator to link it.
      </p>
    </div>
  );
}
