import { Link, useNavigate } from 'react-router';
import { getPerson } from '../api/calls';
import { useLoad } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import { OwnRecord } from './OwnRecord';
import type { Saved } from './PersonPage';
import { ProfileEditor } from './ProfileEditor';

export function EditMyProfilePage() {
  return (
    <Page title="Change your profile">
      <p>
        <Link to="/my-profile">Back to your profile</Link>
      </p>
      <OwnRecord what="your profile">{(personId) => <Editor personId={personId} />}</OwnRecord>
    </Page>
  );
}

function Editor({ personId }: { personId: string }) {
  const navigate = useNavigate();
  const person = useLoad(`person:${personId}`, () => getPerson(personId));
  return (
    <Loaded load={person} what="your profile">
      {(p) => (
        <ProfileEditor
          key={p.version}
          person={p}
          reload={person.reload}
          own
          onSaved={() =>
            navigate('/my-profile', {
              state: { saved: 'Your profile was saved' } satisfies Saved,
            })
          }
        />
      )}
    </Loaded>
  );
}
