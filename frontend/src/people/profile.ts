import { ApiProblem, type FieldError } from '../api/problem';
import type { NewPerson, Person, PersonType, PreferredTime } from '../api/types';
import { optional, required } from '../components/forms';

/** A person's profile as the form holds it: text as typed, lists one item a line. */
export interface ProfileForm {
  personType: PersonType | '';
  displayName: string;
  email: string;
  phone: string;
  postalAddress: string;
  postcode: string;
  accessNeeds: string;
  preferredTimes: PreferredTime[];
  preferredLocations: string;
  interests: string;
}

export const PROFILE_FIELDS = [
  'personType',
  'displayName',
  'email',
  'phone',
  'postalAddress',
  'postcode',
  'accessNeeds',
  'preferredTimes',
  'preferredLocations',
  'interests',
] as const;

export const PERSON_TYPES: { value: PersonType; label: string }[] = [
  { value: 'SERVICE_USER', label: 'Service user' },
  { value: 'CARER', label: 'Carer' },
  { value: 'FAMILY_MEMBER', label: 'Family member' },
  { value: 'STAKEHOLDER', label: 'Stakeholder' },
];

export const PREFERRED_TIMES: { value: PreferredTime; label: string }[] = [
  { value: 'WEEKDAY_MORNING', label: 'Weekday mornings' },
  { value: 'WEEKDAY_AFTERNOON', label: 'Weekday afternoons' },
  { value: 'WEEKDAY_EVENING', label: 'Weekday evenings' },
  { value: 'WEEKEND', label: 'Weekends' },
];

export function timeLabel(time: string): string {
  return PREFERRED_TIMES.find((option) => option.value === time)?.label ?? time;
}

export const EMPTY_PROFILE: ProfileForm = {
  personType: '',
  displayName: '',
  email: '',
  phone: '',
  postalAddress: '',
  postcode: '',
  accessNeeds: '',
  preferredTimes: [],
  preferredLocations: '',
  interests: '',
};

/** The form filled in with a person's profile as the register holds it. */
export function profileForm(person: Person): ProfileForm {
  return {
    personType: person.personType ?? '',
    displayName: person.displayName ?? '',
    email: person.email ?? '',
    phone: person.phone ?? '',
    postalAddress: person.postalAddress ?? '',
    postcode: person.postcode ?? '',
    accessNeeds: person.accessNeeds ?? '',
    preferredTimes: PREFERRED_TIMES.map((t) => t.value).filter((t) =>
      person.preferredTimes?.includes(t),
    ),
    preferredLocations: (person.preferredLocations ?? []).join('\n'),
    interests: (person.interests ?? []).join('\n'),
  };
}

/** The whole profile to send: empty text is left out, lists lose blank lines and repeats. */
export function newPerson(form: ProfileForm): NewPerson {
  return {
    personType: form.personType as PersonType,
    displayName: form.displayName.trim(),
    email: optional(form.email),
    phone: optional(form.phone),
    postalAddress: optional(form.postalAddress),
    postcode: optional(form.postcode),
    accessNeeds: optional(form.accessNeeds),
    preferredTimes: form.preferredTimes,
    preferredLocations: lines(form.preferredLocations),
    interests: lines(form.interests),
  };
}

function lines(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()))].filter(Boolean);
}

/**
 * What is missing or too long before sending, in the register's limits, so the person reads a
 * plain message next to the field rather than the server's name for a list item.
 */
export function checkProfile(form: ProfileForm): FieldError[] {
  return [
    ...required(form.personType, 'personType', 'Choose who the person is'),
    ...required(form.displayName, 'displayName', 'Enter the name the person wants to be called by'),
    ...checkList(form.preferredLocations, 'preferredLocations', 'places', 10, 100),
    ...checkList(form.interests, 'interests', 'interests', 20, 60),
  ];
}

function checkList(
  text: string,
  field: string,
  what: string,
  most: number,
  longest: number,
): FieldError[] {
  const items = lines(text);
  if (items.length > most) {
    return [{ field, message: `Enter at most ${most} ${what}, one on each line` }];
  }
  return items.some((item) => item.length > longest)
    ? [{ field, message: `Keep each of the ${what} to ${longest} characters or fewer` }]
    : [];
}

/** A stale write (412) in the words of the person who made it. */
export function staleProblem(problem: ApiProblem | undefined): ApiProblem | undefined {
  return problem?.status === 412
    ? new ApiProblem({
        title: 'Someone else changed this profile while you were editing it',
        status: 412,
        detail: 'Reload the profile to see their changes, then make yours again.',
      })
    : problem;
}
