/**
 * API answers for the opportunity, session, feedback and privacy screens. The person and project
 * are mockApi's (named here, not imported: mockApi imports this file).
 */

const person = {
  id: '5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10',
  displayName: 'Sam Okafor',
  personType: 'CARER',
};
const project = { id: '0d3c7a4e-6b2f-4c1a-8e5d-9a1b2c3d4e5f' };

export const opportunity = {
  id: '2b1c0d9e-8f7a-4b6c-9d5e-4f3a2b1c0d9e',
  kind: 'FOCUS_GROUP',
  involvementLevel: null,
  projectId: null,
  title: 'Focus group: why appointments get missed',
  purpose: 'What people tell us shapes the reminders we test, so fewer people miss their care',
  startsAt: '2027-01-12T10:00:00Z',
  endsAt: '2027-01-12T11:30:00Z',
  online: true,
  location: null,
  accessInformation: 'On Microsoft Teams with captions',
  expectedHours: 1.5,
  reward: '£15 shopping voucher',
  topics: ['appointments', 'mental health'],
  timesOfWeek: ['WEEKDAY_MORNING'],
  placesAvailable: 8,
  closesOn: '2026-12-18',
  status: 'PUBLISHED',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:05:00Z',
  version: 1,
};

export const draft = {
  ...opportunity,
  id: '4d5e6f70-8192-4a3b-9c4d-5e6f70819203',
  kind: 'QI_PROJECT_ROLE',
  involvementLevel: 'BIG_I',
  projectId: project.id,
  title: 'Carer member of the welcome pack project team',
  online: false,
  location: "Seminar room 2, St James's Hospital, Leeds",
  status: 'DRAFT',
  version: 0,
};

export const interest = {
  id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
  opportunityId: opportunity.id,
  opportunityTitle: opportunity.title,
  personId: person.id,
  personDisplayName: person.displayName,
  note: 'Free on Tuesday mornings',
  status: 'INTERESTED',
  createdAt: '2026-11-02T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  version: 0,
};

export const message = {
  id: '8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d',
  personId: person.id,
  purpose: 'OPPORTUNITY_INVITATION',
  subject: 'An opportunity that may suit you: Focus group: why appointments get missed',
  body: 'We think this may interest you. Open it to read more and say if you would like to take part.',
  opportunityId: opportunity.id,
  createdAt: '2026-11-01T09:10:00Z',
  readAt: null,
  read: false,
  version: 0,
};

export const activity = {
  id: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6e',
  title: 'Missed appointments focus group',
  activityType: 'FOCUS_GROUP',
  involvementLevel: 'LITTLE_I',
  purpose: 'Reminders that work for the people who get them',
  projectId: project.id,
  opportunityId: opportunity.id,
  createdBy: 'cora',
  createdAt: '2026-11-03T09:00:00Z',
  version: 0,
};

export const session = {
  id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  activityId: activity.id,
  startsAt: '2026-11-20T10:00:00Z',
  endsAt: '2026-11-20T11:30:00Z',
  location: null,
  online: true,
  accessInformation: 'Captions on',
  createdAt: '2026-11-03T09:05:00Z',
  version: 0,
};

export const attended = {
  id: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  personId: person.id,
  projectId: project.id,
  activityType: 'FOCUS_GROUP',
  date: '2026-11-20',
  hours: 1.5,
  sessionId: session.id,
  activityId: activity.id,
  recordedBy: 'cora',
  createdAt: '2026-11-20T12:00:00Z',
  version: 0,
};

const page1 = <T>(items: T[]) => ({ items, nextCursor: null });
const I = '/api/involvement/v1';

export const involvementBodies: Record<string, unknown> = {
  [`GET ${I}/opportunities`]: page1([opportunity, draft]),
  [`GET ${I}/opportunities/${opportunity.id}`]: opportunity,
  [`GET ${I}/opportunities/${draft.id}`]: draft,
  [`GET ${I}/opportunities/matches`]: [
    { opportunity, matchedTopics: ['mental health'], matchedTimes: ['WEEKDAY_MORNING'] },
  ],
  [`GET ${I}/opportunities/${opportunity.id}/suggested-people`]: [
    {
      personId: person.id,
      displayName: person.displayName,
      personType: person.personType,
      matchedTopics: ['mental health'],
      matchedTimes: [],
    },
  ],
  [`GET ${I}/opportunities/${opportunity.id}/expressions-of-interest`]: page1([interest]),
  [`GET ${I}/expressions-of-interest`]: page1([interest]),
  [`GET ${I}/messages`]: page1([message]),
  [`POST ${I}/messages/${message.id}/read`]: { ...message, read: true, version: 1 },
  [`GET ${I}/activities`]: page1([activity]),
  [`GET ${I}/activities/${activity.id}`]: activity,
  [`GET ${I}/activities/${activity.id}/sessions`]: page1([session]),
  [`GET ${I}/sessions/${session.id}`]: session,
  [`GET ${I}/sessions/${session.id}/attendance`]: {
    sessionId: session.id,
    activityId: activity.id,
    entries: [],
  },
  [`GET ${I}/sessions/${session.id}/feedback/summary`]: {
    sessionId: session.id,
    responses: 2,
    averageOverall: 4.5,
    averageUsefulness: 4,
  },
  [`GET ${I}/participations/${attended.id}`]: attended,
};
