import { dateTime } from '../format';
import type { ActivityKind, Session } from './api';

export const LEVEL_NAMES: Record<'BIG_I' | 'LITTLE_I', string> = {
  BIG_I: 'Big I (sharing decisions)',
  LITTLE_I: 'Little I (consulted)',
};

export const ACTIVITY_KINDS: ActivityKind[] = [
  'FOCUS_GROUP',
  'CO_PRODUCTION_WORKSHOP',
  'SURVEY',
  'QUESTIONNAIRE',
  'CONSULTATION',
  'INTERVIEW_PANEL',
  'MEETING',
  'PROJECT_TEAM_MEETING',
  'TRAINING',
];

/** When and where a session is, in one line. */
export function sessionWords(session: Session): string {
  const place = session.online
    ? session.location
      ? `online and at ${session.location}`
      : 'online'
    : (session.location ?? '');
  return `${dateTime(session.startsAt)}, ${place}`;
}
