import { useState, type FormEvent } from 'react';
import { updatePerson } from '../api/calls';
import type { Person } from '../api/types';
import { useSubmit } from '../api/useSubmit';
import { localProblem } from '../components/forms';
import { ProblemSummary } from '../components/ProblemSummary';
import { checkProfile, newPerson, profileForm, PROFILE_FIELDS, staleProblem } from './profile';
import { ProfileFields } from './ProfileFields';

interface Props {
  /** The profile as loaded; its version goes in If-Match. Key the editor on it. */
  person: Person;
  /** Loads the profile again, after someone else changed it. */
  reload: () => void;
  onSaved: (person: Person) => void;
  /** The person edits their own profile: they cannot change their type. */
  own?: boolean;
}

/** Changes a whole profile, sent with the version it was loaded at. */
export function ProfileEditor({ person, reload, onSaved, own = false }: Props) {
  const [form, setForm] = useState(() => profileForm(person));
  const [checked, setChecked] = useState<ReturnType<typeof localProblem>>();
  const send = useSubmit(
    () => updatePerson(person.id ?? '', person.version ?? 0, newPerson(form)),
    onSaved,
  );
  const problem = checked ?? staleProblem(send.problem);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = localProblem(checkProfile(form));
    setChecked(found);
    if (!found) void send.submit();
  };

  return (
    <>
      {problem && <ProblemSummary problem={problem} fields={PROFILE_FIELDS} focus />}
      {problem?.status === 412 && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reload}>
          Reload the profile
        </button>
      )}
      <form onSubmit={submit} noValidate>
        <ProfileFields form={form} onChange={setForm} problem={problem} withType={!own} own={own} />
        <button type="submit" className="nhsuk-button" disabled={send.submitting}>
          {send.submitting ? 'Saving…' : 'Save changes'}
        </button>
      </form>
    </>
  );
}
