import { Link, useNavigate, useParams } from 'react-router';
import { getPerson } from '../api/calls';
import { useLoad } from '../api/useLoad';
import { Loaded } from '../components/Loaded';
import { Page } from '../components/Page';
import type { Saved } from './PersonPage';
import { ProfileEditor } from './ProfileEditor';

export function EditPersonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const person = useLoad(`person:${id}`, () => getPerson(id));
  return (
    <Page title="Change a profile" caption="The involvement register">
      <p>
        <Link to={`/people/${id}`}>Back to their record</Link>
      </p>
      <Loaded load={person} what="the profile">
        {(p) => (
          <ProfileEditor
            key={p.version}
            person={p}
            reload={person.reload}
            onSaved={(changed) =>
              navigate(`/people/${id}`, {
                state: { saved: `${changed.displayName}’s profile was saved` } satisfies Saved,
              })
            }
          />
        )}
      </Loaded>
    </Page>
  );
}
