import type { FieldError } from '../api/problem';
import type { PreferredTime } from '../api/types';
import { optional, required } from '../components/forms';
import { label } from '../format';
import type {
  InvolvementLevel,
  NewOpportunity,
  Opportunity,
  OpportunityKind,
  OpportunityStatus,
} from './api';

/** An opportunity as the form holds it: text as typed, topics one a line, times as local text. */
export interface OpportunityForm {
  kind: OpportunityKind | '';
  involvementLevel: InvolvementLevel | '';
  projectId: string;
  title: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
  where: 'place' | 'online' | '';
  location: string;
  accessInformation: string;
  expectedHours: string;
  reward: string;
  topics: string;
  timesOfWeek: PreferredTime[];
  placesAvailable: string;
  closesOn: string;
}

export const OPPORTUNITY_FIELDS = [
  'kind',
  'involvementLevel',
  'projectId',
  'title',
  'purpose',
  'startsAt',
  'endsAt',
  'online',
  'location',
  'accessInformation',
  'expectedHours',
  'reward',
  'topics',
  'timesOfWeek',
  'placesAvailable',
  'closesOn',
] as const;

export const KINDS: { value: OpportunityKind; label: string }[] = (
  [
    'QI_PROJECT_ROLE',
    'FOCUS_GROUP',
    'SURVEY',
    'QUESTIONNAIRE',
    'CONSULTATION',
    'RECRUITMENT_PANEL',
    'SERVICE_USER_MEETING',
    'AMBASSADOR_ROLE',
    'TRAINING',
    'RESEARCH',
  ] as OpportunityKind[]
).map((value) => ({ value, label: kindLabel(value) }));

export const LEVELS: { value: InvolvementLevel; label: string }[] = [
  { value: 'BIG_I', label: 'Big I: a full member of the team, sharing decisions' },
  { value: 'LITTLE_I', label: 'Little I: consulted, giving their views from time to time' },
];

export const STATUSES: { value: OpportunityStatus; label: string }[] = [
  { value: 'DRAFT', label: 'Draft' },
  { value: 'PUBLISHED', label: 'Published' },
  { value: 'CLOSED', label: 'Closed' },
];

export function kindLabel(kind: string | undefined): string {
  if (kind === 'QI_PROJECT_ROLE') return 'QI project role';
  return label(kind);
}

export const EMPTY_OPPORTUNITY: OpportunityForm = {
  kind: '',
  involvementLevel: '',
  projectId: '',
  title: '',
  purpose: '',
  startsAt: '',
  endsAt: '',
  where: '',
  location: '',
  accessInformation: '',
  expectedHours: '',
  reward: '',
  topics: '',
  timesOfWeek: [],
  placesAvailable: '1',
  closesOn: '',
};

/** An instant as a `datetime-local` value in the browser's time zone, and back. */
export function localDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return '';
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function instant(local: string): string | undefined {
  if (!local.trim()) return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

export function opportunityForm(o: Opportunity): OpportunityForm {
  return {
    kind: o.kind,
    involvementLevel: o.involvementLevel ?? '',
    projectId: o.projectId ?? '',
    title: o.title,
    purpose: o.purpose,
    startsAt: localDateTime(o.startsAt),
    endsAt: localDateTime(o.endsAt),
    where: o.online ? 'online' : 'place',
    location: o.location ?? '',
    accessInformation: o.accessInformation ?? '',
    expectedHours: o.expectedHours == null ? '' : String(o.expectedHours),
    reward: o.reward ?? '',
    topics: o.topics.join('\n'),
    timesOfWeek: [...o.timesOfWeek],
    placesAvailable: String(o.placesAvailable),
    closesOn: o.closesOn ?? '',
  };
}

/** Lines of a text area as a list, blanks and repeats left out. */
export function lines(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()))].filter(Boolean);
}

export function newOpportunity(form: OpportunityForm): NewOpportunity {
  const projectRole = form.kind === 'QI_PROJECT_ROLE';
  return {
    kind: form.kind as OpportunityKind,
    involvementLevel: projectRole ? (form.involvementLevel as InvolvementLevel) : undefined,
    projectId: optional(form.projectId),
    title: form.title.trim(),
    purpose: form.purpose.trim(),
    startsAt: instant(form.startsAt),
    endsAt: instant(form.endsAt),
    online: form.where === 'online',
    location: form.where === 'online' ? undefined : optional(form.location),
    accessInformation: optional(form.accessInformation),
    expectedHours: form.expectedHours.trim() ? Number(form.expectedHours) : undefined,
    reward: optional(form.reward),
    topics: lines(form.topics),
    timesOfWeek: form.timesOfWeek,
    placesAvailable: Number(form.placesAvailable),
    closesOn: optional(form.closesOn),
  };
}

/** What the service would refuse, said before sending, each naming the field the server names. */
export function checkOpportunity(form: OpportunityForm): FieldError[] {
  const errors: FieldError[] = [...required(form.kind, 'kind', 'Choose the kind of opportunity')];
  if (form.kind === 'QI_PROJECT_ROLE') {
    errors.push(
      ...required(form.involvementLevel, 'involvementLevel', 'Choose Big I or Little I'),
      ...required(form.projectId, 'projectId', 'Choose the QI project the role is in'),
    );
  }
  errors.push(
    ...required(form.title, 'title', 'Enter a title'),
    ...required(form.purpose, 'purpose', 'Say what difference this will make'),
  );
  const starts = instant(form.startsAt);
  const ends = instant(form.endsAt);
  if (ends && (!starts || ends <= starts)) {
    errors.push({ field: 'endsAt', message: 'The end must be after the start' });
  }
  if (form.where === '') {
    errors.push({ field: 'online', message: 'Say whether it is in a place or online' });
  } else if (form.where === 'place') {
    errors.push(...required(form.location, 'location', 'Enter where it takes place'));
  }
  const hours = Number(form.expectedHours);
  if (form.expectedHours.trim() && !(hours >= 0.25 && hours <= 999)) {
    errors.push({ field: 'expectedHours', message: 'Enter the time as hours from 0.25 to 999' });
  }
  const places = Number(form.placesAvailable);
  if (!Number.isInteger(places) || places < 1 || places > 1000) {
    errors.push({ field: 'placesAvailable', message: 'Enter a whole number of places from 1' });
  }
  return errors;
}
