import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { registerPerson } from '../api/calls';
import { useSubmit } from '../api/useSubmit';
import { localProblem } from '../components/forms';
import { SuccessBanner } from '../components/links';
import { Page } from '../components/Page';
import { ProblemSummary } from '../components/ProblemSummary';
import { checkProfile, EMPTY_PROFILE, newPerson, PROFILE_FIELDS } from './profile';
import { ProfileFields } from './ProfileFields';

export function NewPersonPage() {
  const [form, setForm] = useState(EMPTY_PROFILE);
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const [added, setAdded] = useState<{ id?: string; name: string }>();
  const send = useSubmit(
    () => registerPerson(newPerson(form)),
    (result) => {
      setAdded({ id: result.data?.id, name: form.displayName.trim() });
      setForm(EMPTY_PROFILE);
    },
  );
  const problem = checked ?? send.problem;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const found = localProblem(checkProfile(form));
    setChecked(found);
    if (!found) void send.submit();
  };

  return (
    <Page title="Add a person to the register">
      {added && (
        <SuccessBanner title={`${added.name} was added to the register`}>
          <ul className="nhsuk-list">
            {added.id && (
              <li>
                <Link to={`/people/${added.id}`}>Open their record</Link> to record their consent
              </li>
            )}
            <li>
              <Link to="/participations/new">Record their participation</Link>
            </li>
            <li>
              <Link to="/people">See the register</Link>
            </li>
          </ul>
        </SuccessBanner>
      )}
      {problem && <ProblemSummary problem={problem} fields={PROFILE_FIELDS} focus />}
      <form onSubmit={submit} noValidate>
        <ProfileFields form={form} onChange={setForm} problem={problem} withType />
        <p>Only record details the person agreed to give for their involvement.</p>
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Adding…' : 'Add to the register'}
        </button>
      </form>
    </Page>
  );
}
