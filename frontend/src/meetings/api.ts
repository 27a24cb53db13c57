import { api, body, untypedBody } from '../api/client';
import { ifMatch, type Item, type Ok, type Or, type RequestBody } from '../api/derive';
import type { Page, Person } from '../api/types';

/** The meetings API (involvement-service), typed from the gateway's document. */

export type Meeting = Ok<'/api/involvement/v1/meetings/{id}', 'get'>;
export type MeetingAction = NonNullable<Meeting['actions']>[number];
export type MinutesStatus = NonNullable<Meeting['minutesStatus']>;
export type ActionStatus = NonNullable<MeetingAction['status']>;
export type NewMeeting = RequestBody<'/api/involvement/v1/meetings', 'post'>;
export type NewAgendaItem = NonNullable<NewMeeting['agenda']>[number];
export type NewMeetingAction = RequestBody<'/api/involvement/v1/meetings/{id}/actions', 'post'>;

interface MeetingSummaryFallback {
  id?: string;
  title?: string;
  startsAt?: string;
  endsAt?: string;
  location?: string;
  onlineLink?: string;
  minutesStatus?: MinutesStatus;
}
export type MeetingPage = Or<
  Ok<'/api/involvement/v1/meetings', 'get'>,
  Page<MeetingSummaryFallback>
>;
export type MeetingSummary = Item<MeetingPage>;

export const listMeetings = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/meetings', { params: { query: { cursor, limit } } })
    .then((result) => untypedBody<MeetingPage>(result));

export const getMeeting = (id: string) =>
  api.GET('/api/involvement/v1/meetings/{id}', { params: { path: { id } } }).then(body);

export const arrangeMeeting = (meeting: NewMeeting) =>
  api.POST('/api/involvement/v1/meetings', { body: meeting }).then(body);

export const recordAttendees = (meeting: Meeting, attendees: string[]) =>
  api
    .PUT('/api/involvement/v1/meetings/{id}/attendees', {
      params: { path: { id: meeting.id ?? '' }, header: ifMatch(meeting.version) },
      body: { attendees },
    })
    .then(body);

export const draftMinutes = (meeting: Meeting, text: string) =>
  api
    .PUT('/api/involvement/v1/meetings/{id}/minutes', {
      params: { path: { id: meeting.id ?? '' }, header: ifMatch(meeting.version) },
      body: { text },
    })
    .then(body);

export const publishMinutes = (meeting: Meeting) =>
  api
    .POST('/api/involvement/v1/meetings/{id}/minutes/publication', {
      params: { path: { id: meeting.id ?? '' }, header: ifMatch(meeting.version) },
    })
    .then(body);

export const addAction = (meetingId: string, action: NewMeetingAction) =>
  api
    .POST('/api/involvement/v1/meetings/{id}/actions', {
      params: { path: { id: meetingId } },
      body: action,
    })
    .then(body);

export const changeActionStatus = (action: MeetingAction, status: ActionStatus) =>
  api
    .PUT('/api/involvement/v1/meetings/{id}/actions/{actionId}/status', {
      params: {
        path: { id: action.meetingId ?? '', actionId: action.id ?? '' },
        header: ifMatch(action.version),
      },
      body: { status },
    })
    .then(body);

/** People in the register whose name contains `name` (staff only). */
export const searchPeople = (name: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/people', { params: { query: { name, limit } } })
    .then(body)
    .then((page) => (page.items ?? []) as Person[]);
