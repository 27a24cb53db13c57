import { getPerson, listParticipations } from '../../api/calls';
import type { Participation } from '../../api/types';
import { useLoad } from '../../api/useLoad';
import { ROLE_NAMES } from '../../auth/roles';
import { Loaded } from '../../components/Loaded';
import { Page } from '../../components/Page';
import { OwnRecord } from '../../people/OwnRecord';
import { hours } from '../../format';
import { ParticipationTable } from '../../widgets/ParticipationTable';
import { totalHours } from '../../widgets/participations';
import { ClaimList } from '../../payments/ClaimList';

export function VolunteerHome() {
  return (
    <Page title="Your involvement" caption={ROLE_NAMES.volunteer}>
      <OwnRecord what="your hours and claims">
        {(personId) => <YourRecord personId={personId} />}
      </OwnRecord>
    </Page>
  );
}

function YourRecord({ personId }: { personId: string }) {
  const person = useLoad(`person:${personId}`, () => getPerson(personId));
  const participations = useLoad(`participations:${personId}`, () => listParticipations(personId));
  return (
    <>
      <Loaded load={person} what="your details">
        {(p) => <p className="nhsuk-lede-text">Hello {p.displayName}. Thank you for your time.</p>}
      </Loaded>
      <h2 className="nhsuk-heading-m">Your hours</h2>
      <Loaded load={participations} what="your hours">
        {(page) => <YourHours items={page.items ?? []} more={Boolean(page.nextCursor)} />}
      </Loaded>
      <h2 className="nhsuk-heading-m">Your claims</h2>
      <p>You are paid for your time at the rate card in force on the day.</p>
      <ClaimList
        filter={{ personId }}
        caption="Your claims, newest first"
        empty="You have no claims yet. A claim is raised when your attendance is recorded."
      />
    </>
  );
}

function YourHours({ items, more }: { items: Participation[]; more: boolean }) {
  if (items.length === 0) {
    return <p>No time has been recorded for you yet.</p>;
  }
  const total = totalHours(items);
  return (
    <>
      <p>
        You have given <strong>{hours(total)}</strong>
        {more ? ' in your latest 100 activities' : ''}.
      </p>
      <ParticipationTable items={items} caption="Your recorded activities, newest first" />
    </>
  );
}
