import { useMe } from '../auth/session';
import { Page } from '../components/Page';
import { MeetingList } from '../meetings/MeetingList';
import { MyContributions } from './MyContributions';

/** A volunteer's meetings and what happened to what they said; their own record only. */
export function MyInvolvementPage() {
  const me = useMe();
  return (
    <Page title="My involvement">
      <h2 className="nhsuk-heading-m">Meetings you attended</h2>
      <p>Open a meeting to read its minutes and actions once they are published.</p>
      <MeetingList
        caption="Meetings you attended, newest first"
        empty="You have no meetings recorded yet."
      />
      <h2 className="nhsuk-heading-m">What happened to what you said</h2>
      {me.personId ? (
        <MyContributions personId={me.personId} />
      ) : (
        <p>
          Your account is not linked to your record in the involvement register yet. Ask your
          involvement coordinator to link it.
        </p>
      )}
    </Page>
  );
}
