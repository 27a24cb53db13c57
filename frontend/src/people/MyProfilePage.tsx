import { Link, useLocation } from 'react-router';
import { getPerson } from '../api/calls';
import { useLoad } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { SuccessBanner } from '../components/links';
import { Page } from '../components/Page';
import { OwnRecord } from './OwnRecord';
import type { Saved } from './PersonPage';
import { MyDataRights } from '../privacy/PersonDataRights';
import { ProfileSummary } from './ProfileSummary';

/** A volunteer's own profile, as the involvement team sees it. */
export function MyProfilePage() {
  return (
    <Page title="My profile">
      <p>
        What the involvement team knows about you, so they can contact you and offer you
        opportunities that suit you. Only you and the involvement team see your contact details and
        access needs.
      </p>
      <OwnRecord what="your profile">{(personId) => <Profile personId={personId} />}</OwnRecord>
    </Page>
  );
}

function Profile({ personId }: { personId: string }) {
  const saved = (useLocation().state as Saved | null)?.saved;
  const person = useLoad(`person:${personId}`, () => getPerson(personId));
  return (
    <Loaded load={person} what="your profile">
      {(p) => (
        <>
          {saved && <SuccessBanner title={saved} />}
          <ProfileSummary person={p} withType={false} />
          <p>
            <Link to="/my-profile/edit">Change your profile</Link>
          </p>
          <MyDataRights personId={personId} />
        </>
      )}
    </Loaded>
  );
}
