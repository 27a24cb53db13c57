import type { FieldError } from '../api/problem';
import { required } from '../components/forms';
import { instant } from './time';

export const EMPTY_MEETING = {
  title: '',
  date: '',
  startsAt: '',
  endsAt: '',
  location: '',
  onlineLink: '',
};

export interface AgendaDraft {
  key: number;
  title: string;
  notes: string;
}

/** What is wrong with a meeting before it is sent, in the words of the form. */
export function checkMeeting(form: typeof EMPTY_MEETING, agenda: AgendaDraft[]): FieldError[] {
  const start = instant(form.date, form.startsAt);
  const end = instant(form.date, form.endsAt);
  return [
    ...required(form.title, 'title', 'Enter a title for the meeting'),
    ...required(form.date, 'date', 'Enter the date of the meeting'),
    ...required(form.startsAt, 'startsAt', 'Enter the time the meeting starts'),
    ...required(form.endsAt, 'endsAt', 'Enter the time the meeting ends'),
    ...(start && end && end <= start
      ? [{ field: 'endsAt', message: 'The meeting must end after it starts' }]
      : []),
    ...(form.location.trim() || form.onlineLink.trim()
      ? []
      : [
          { field: 'location', message: 'Enter where people meet, a link to join online, or both' },
        ]),
    ...(form.onlineLink.trim() && !/^https:\/\/\S+$/.test(form.onlineLink.trim())
      ? [{ field: 'onlineLink', message: 'Enter the online link starting with https://' }]
      : []),
    ...agenda.flatMap((item, index) =>
      !item.title.trim() && item.notes.trim()
        ? [
            {
              field: `agenda[${index}].title`,
              message: `Enter a title for agenda item ${index + 1}`,
            },
          ]
        : [],
    ),
  ];
}
