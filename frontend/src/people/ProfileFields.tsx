import type { ApiProblem } from '../api/problem';
import type { PersonType, PreferredTime } from '../api/types';
import { CheckboxesField, RadiosField, TextField } from '../components/fields';
import { errorFor } from '../components/forms';
import { PERSON_TYPES, PREFERRED_TIMES, type ProfileForm } from './profile';

interface Props {
  form: ProfileForm;
  onChange: (form: ProfileForm) => void;
  problem?: ApiProblem;
  /** Whether the type of person can be chosen (the register's keepers decide it, not the person). */
  withType: boolean;
  /** The person is filling in their own profile: hints speak to them. */
  own?: boolean;
}

/** Every field of a person's profile, for adding a person and for changing a profile. */
export function ProfileFields({ form, onChange, problem, withType, own = false }: Props) {
  const set = (field: keyof ProfileForm) => (value: string) =>
    onChange({ ...form, [field]: value });
  const they = own ? 'you' : 'they';
  const their = own ? 'your' : 'their';
  return (
    <>
      {withType && (
        <RadiosField
          name="personType"
          label="Who are they?"
          value={form.personType}
          onChange={(value) => onChange({ ...form, personType: value as PersonType })}
          options={PERSON_TYPES}
          error={errorFor(problem, 'personType')}
        />
      )}
      <TextField
        name="displayName"
        label="Name"
        hint={`The name ${they} want to be called by`}
        value={form.displayName}
        onChange={set('displayName')}
        error={errorFor(problem, 'displayName')}
        autoComplete={own ? 'name' : 'off'}
      />
      <h2 className="nhsuk-heading-m">Contact details</h2>
      <TextField
        name="email"
        label="Email address (optional)"
        type="email"
        value={form.email}
        onChange={set('email')}
        error={errorFor(problem, 'email')}
        autoComplete={own ? 'email' : 'off'}
      />
      <TextField
        name="phone"
        label="Phone number (optional)"
        type="tel"
        width={20}
        value={form.phone}
        onChange={set('phone')}
        error={errorFor(problem, 'phone')}
        autoComplete={own ? 'tel' : 'off'}
      />
      <TextField
        name="postalAddress"
        label="Postal address (optional)"
        multiline
        value={form.postalAddress}
        onChange={set('postalAddress')}
        error={errorFor(problem, 'postalAddress')}
        autoComplete={own ? 'street-address' : 'off'}
      />
      <TextField
        name="postcode"
        label="Postcode (optional)"
        width={10}
        value={form.postcode}
        onChange={set('postcode')}
        error={errorFor(problem, 'postcode')}
        autoComplete={own ? 'postal-code' : 'off'}
      />
      <h2 className="nhsuk-heading-m">Taking part</h2>
      <TextField
        name="accessNeeds"
        label="Access needs (optional)"
        hint={`Anything ${they} need to take part, such as step-free access, a hearing loop or regular breaks`}
        multiline
        value={form.accessNeeds}
        onChange={set('accessNeeds')}
        error={errorFor(problem, 'accessNeeds')}
      />
      <CheckboxesField
        name="preferredTimes"
        label={`When can ${they} usually take part?`}
        hint="Select all that apply"
        values={form.preferredTimes}
        onChange={(values) => onChange({ ...form, preferredTimes: values as PreferredTime[] })}
        options={PREFERRED_TIMES}
        error={errorFor(problem, 'preferredTimes')}
      />
      <TextField
        name="preferredLocations"
        label="Places that suit (optional)"
        hint="One place on each line, for example Online or St James's Hospital"
        multiline
        value={form.preferredLocations}
        onChange={set('preferredLocations')}
        error={errorFor(problem, 'preferredLocations')}
      />
      <TextField
        name="interests"
        label="Interests (optional)"
        hint={`Topics ${they} care about, one on each line, for example mental health. We use them to suggest opportunities that match ${their} interests.`}
        multiline
        value={form.interests}
        onChange={set('interests')}
        error={errorFor(problem, 'interests')}
      />
    </>
  );
}
