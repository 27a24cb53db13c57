import { Link, useLocation, useParams } from 'react-router';
import { getPerson, listParticipations } from '../api/calls';
import { useLoad } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { SuccessBanner } from '../components/links';
import { Page } from '../components/Page';
import { ConsentList } from '../consent/ConsentList';
import { PyramidLevelPanel } from '../pyramid/PyramidLevelPanel';
import { ParticipationTable } from '../widgets/ParticipationTable';
import { totalHours } from '../widgets/participations';
import { hours } from '../format';
import { PersonDataRights } from '../privacy/PersonDataRights';
import { ProfileSummary } from './ProfileSummary';

/** What a screen that saved something tells the next one, through the router's state. */
export interface Saved {
  saved?: string;
}

/** Everything the register holds about one person, for the staff who keep it. */
export function PersonPage() {
  const { id = '' } = useParams();
  const saved = (useLocation().state as Saved | null)?.saved;
  const person = useLoad(`person:${id}`, () => getPerson(id));
  return (
    <Page
      title={
        person.status === 'done' ? (person.data.displayName ?? '') : 'A person in the register'
      }
      caption="The involvement register"
    >
      <Loaded load={person} what="their record">
        {(p) => (
          <>
            {saved && <SuccessBanner title={saved} />}
            <h2 className="nhsuk-heading-m">Profile</h2>
            <ProfileSummary person={p} withType />
            <p>
              <Link to={`/people/${id}/edit`}>
                Change the profile
                <span className="nhsuk-u-visually-hidden"> of {p.displayName}</span>
              </Link>
            </p>
            <h2 className="nhsuk-heading-m">Consent</h2>
            <p>
              What they agreed their details may be used for, in the words they read. Record consent
              only as they gave it.
            </p>
            <ConsentList personId={id} own={false} headingLevel={3} />
            <h2 className="nhsuk-heading-m">Involvement Pyramid level</h2>
            <PyramidLevelPanel personId={id} />
            <h2 className="nhsuk-heading-m">Participation</h2>
            <Participations personId={id} />
            <PersonDataRights personId={id} />
          </>
        )}
      </Loaded>
    </Page>
  );
}

function Participations({ personId }: { personId: string }) {
  const participations = useLoad(`participations:${personId}`, () => listParticipations(personId));
  return (
    <Loaded load={participations} what="their participation">
      {(page) => {
        const items = page.items ?? [];
        return items.length === 0 ? (
          <p>No time has been recorded for them yet.</p>
        ) : (
          <>
            <p>
              They have given <strong>{hours(totalHours(items))}</strong>
              {page.nextCursor ? ' in their latest 100 activities' : ''}.
            </p>
            <ParticipationTable items={items} caption="Their recorded activities, newest first" />
          </>
        );
      }}
    </Loaded>
  );
}
