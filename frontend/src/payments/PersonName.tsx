import { Link } from 'react-router';
import { getPerson } from '../api/calls';
import { useLoad } from '../api/useLoad';
import { ACCESS, hasAnyRole } from '../auth/roles';
import { useMe } from '../auth/session';

/**
 * The person's name, linked to their record, for staff who may read the register; payment-service
 * knows people by id only, and finance may not read the register, so they see "A person".
 */
export function PersonName({ personId }: { personId: string | undefined }) {
  const me = useMe();
  return personId && hasAnyRole(me.roles, ACCESS.people) ? (
    <Named personId={personId} />
  ) : (
    <>A person</>
  );
}

function Named({ personId }: { personId: string }) {
  const person = useLoad(`person:${personId}`, () => getPerson(personId));
  return (
    <Link to={`/people/${personId}`}>
      {person.status === 'done' ? person.data.displayName : 'Their record'}
    </Link>
  );
}
