import { Link } from 'react-router';
import { DownloadData } from './DownloadData';

/** A person's data rights, on their record: a copy of everything held, and erasure. */
export function PersonDataRights({ personId }: { personId: string }) {
  return (
    <section aria-labelledby="data-rights-heading">
      <h2 className="nhsuk-heading-m" id="data-rights-heading">
        Their data
      </h2>
      <p>
        When someone asks for a copy of what we hold about them, download it here as one file and
        send it to them.
      </p>
      <DownloadData personId={personId} own={false} />
      <p>
        <Link to={`/people/${personId}/erase`}>Erase this person</Link>
      </p>
    </section>
  );
}

/** On a volunteer's own profile: their copy of everything held about them. */
export function MyDataRights({ personId }: { personId: string }) {
  return (
    <section aria-labelledby="my-data-heading">
      <h2 className="nhsuk-heading-m" id="my-data-heading">
        Your data
      </h2>
      <p>You can download a copy of everything Coproduce holds about you, as one file.</p>
      <DownloadData personId={personId} own />
    </section>
  );
}
