import type { Page, Request } from '@playwright/test';
import { involvementBodies } from './involvementMocks';
import { paymentBodies } from './paymentMocks';

/** Answers the SPA's API calls in the browser, so the SPA can be tested without the system. */

const PERSON_ID = '5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10';
const PROJECT_ID = '0d3c7a4e-6b2f-4c1a-8e5d-9a1b2c3d4e5f';

export const project = {
  id: PROJECT_ID,
  title: 'Reducing missed outpatient appointments',
  aim: 'Cut missed appointments in adult mental health outpatients from 18% to 10% by March 2027',
  status: 'TESTING',
  lifeQiCode: 'LQI-48213',
  createdAt: '2026-01-12T09:30:00Z',
  version: 0,
};

export const person = {
  id: PERSON_ID,
  personType: 'CARER',
  displayName: 'Sam Okafor',
  email: 'sam.okafor@example.org',
  phone: '07700 900123',
  postalAddress: '12 Park Row\nLeeds',
  postcode: 'LS1 5HD',
  accessNeeds: 'Step-free access; a hearing loop',
  preferredTimes: ['WEEKDAY_MORNING', 'WEEKEND'],
  preferredLocations: ['Online', "St James's Hospital"],
  interests: ['mental health', 'maternity'],
  createdAt: '2026-01-10T10:00:00Z',
  version: 0,
};

export const consents = {
  personId: PERSON_ID,
  current: [
    { purpose: 'CONTACT_ABOUT_OPPORTUNITIES', allowed: false },
    {
      purpose: 'NEWSLETTER',
      allowed: true,
      consent: {
        id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        personId: PERSON_ID,
        purpose: 'NEWSLETTER',
        wordingVersion: '2026-01',
        channel: 'PAPER',
        recordedBy: 'cora',
        givenAt: '2026-01-10T10:05:00Z',
        inForce: true,
        version: 0,
      },
    },
    { purpose: 'PROJECT_TEAM_MEMBERSHIP', allowed: false },
    { purpose: 'RESEARCH', allowed: false },
  ],
  history: [],
};

export const pyramidLevels = [
  { code: 'INFORMING', label: 'Informing', rank: 1, version: 0 },
  { code: 'CONSULTING', label: 'Consulting', rank: 2, version: 0 },
  { code: 'INVOLVING', label: 'Involving', rank: 3, version: 0 },
  { code: 'CO_PRODUCING', label: 'Co-producing', rank: 4, version: 0 },
  { code: 'LEADING', label: 'Leading', rank: 5, version: 0 },
];

export const levelChange = {
  id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  personId: PERSON_ID,
  fromLevel: null,
  toLevel: 'CONSULTING',
  changedAt: '2026-02-01T09:00:00Z',
  changedBy: 'cora',
};

export const participation = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  personId: PERSON_ID,
  projectId: PROJECT_ID,
  activityType: 'FOCUS_GROUP',
  date: '2026-03-14',
  hours: 2.5,
  recordedBy: 'cora',
  createdAt: '2026-03-14T16:00:00Z',
  version: 0,
};

export const claim = {
  id: '3f1e2d3c-4b5a-4978-8d6e-5f4a3b2c1d0e',
  participationId: participation.id,
  personId: PERSON_ID,
  projectId: PROJECT_ID,
  activityType: 'FOCUS_GROUP',
  activityDate: '2026-03-14',
  hours: 2.5,
  amountPence: 5000,
  rateCardVersion: '2026-04',
  status: 'PENDING',
  createdAt: '2026-03-14T16:00:05Z',
};

export const indicators = {
  projects: 3,
  people: 12,
  participations: 40,
  hoursContributed: 96.5,
  claims: 38,
  claimedPence: 190000,
  lastEventAt: '2026-03-14T16:00:05Z',
};

export const meeting = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  title: 'Service user forum, March',
  startsAt: '2026-03-18T10:00:00Z',
  endsAt: '2026-03-18T12:00:00Z',
  location: 'Room 3, Trust Headquarters',
  onlineLink: 'https://meet.example.nhs.uk/forum-march',
  agenda: [{ title: 'Waiting times in the discharge lounge', notes: 'Pat from the ward joins' }],
  attendees: [PERSON_ID],
  minutesStatus: 'DRAFT',
  minutes: 'Present: 8 members. The forum asked for clearer signs to the lounge.',
  minutesPublishedAt: null,
  actions: [
    {
      id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
      meetingId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      description: 'Ask estates for new signs to the discharge lounge',
      ownerPersonId: PERSON_ID,
      ownerAccountId: null,
      dueOn: '2026-04-30',
      status: 'OPEN',
      version: 0,
    },
  ],
  createdAt: '2026-03-01T09:00:00Z',
  version: 2,
};

export const contribution = {
  id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  personId: PERSON_ID,
  kind: 'IDEA',
  text: 'Put the visiting times on the ward door, not only on the website',
  projectId: null,
  meetingId: null,
  sessionId: null,
  contributedOn: '2026-01-14',
  tellBackDueOn: '2026-02-11',
  weDid: null,
  toldBack: false,
  toldBackAt: null,
  toldBackChannel: null,
  recordedBy: 'cora',
  createdAt: '2026-01-14T16:00:00Z',
  version: 0,
};

export const overdueTellBack = {
  contributionId: contribution.id,
  personId: PERSON_ID,
  kind: 'IDEA',
  contributedOn: contribution.contributedOn,
  tellBackDueOn: contribution.tellBackDueOn,
  weDidRecorded: false,
};

export const election = {
  id: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a',
  roleTitle: 'Patient and carer ambassador',
  seats: 2,
  schedule: {
    nominationsOpenAt: '2026-04-01T08:00:00Z',
    nominationsCloseAt: '2026-04-15T16:00:00Z',
    votingOpenAt: '2026-04-20T08:00:00Z',
    votingCloseAt: '2026-04-30T16:00:00Z',
  },
  termMonths: 24,
  phase: 'VOTING_OPEN',
  youHaveVoted: false,
  createdAt: '2026-03-20T09:00:00Z',
  version: 0,
};

export const candidates = [
  { personId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', displayName: 'Priya Shah' },
  { personId: PERSON_ID, displayName: 'Sam Okafor' },
];

export const panel = {
  id: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
  postTitle: 'Ward manager, Rowan Ward',
  interviewDate: '2026-05-12',
  runBy: 'cora',
  closed: false,
  closedAt: null,
  members: [{ id: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d', personId: PERSON_ID, accountId: null }],
  criteria: [
    {
      id: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
      text: 'Listens to patients and carers and acts on what they say',
      weight: 5,
      proposedBy: 'cora',
    },
  ],
  candidates: [{ id: '8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f', reference: 'Candidate A' }],
  createdAt: '2026-04-01T09:00:00Z',
  version: 3,
};

const panelSummary = {
  panelId: panel.id,
  closed: false,
  candidates: [
    {
      candidateId: panel.candidates[0]!.id,
      reference: 'Candidate A',
      weightedScore: null,
      scoresGiven: 0,
      scoresExpected: 1,
    },
  ],
};

const NAMES: Record<string, string> = {
  'qi-lead': 'Lena Lead',
  coordinator: 'Cora Coordinator',
  volunteer: 'Val Volunteer',
  finance: 'Fiona Finance',
  executive: 'Eve Executive',
  admin: 'Ada Admin',
};

export function meAs(role: string) {
  return {
    username: NAMES[role]?.toLowerCase().replace(' ', '.') ?? role,
    name: NAMES[role] ?? role,
    roles: [role],
    personId: role === 'volunteer' ? PERSON_ID : null,
  };
}

const page1 = <T>(items: T[]) => ({ items, nextCursor: null });

/** Signs the browser in as `role` (or leaves it anonymous) and answers every API call. */
export async function mockApi(
  page: Page,
  role: string | null,
  overrides: Record<string, (request: Request) => { status: number; body: unknown }> = {},
): Promise<void> {
  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const key = `${request.method()} ${url.pathname}`;
    const answer = overrides[key]?.(request) ?? defaultAnswer(key, role);
    await route.fulfill({
      status: answer.status,
      contentType: answer.status >= 400 ? 'application/problem+json' : 'application/json',
      body: JSON.stringify(answer.body),
    });
  });
}

function defaultAnswer(key: string, role: string | null): { status: number; body: unknown } {
  if (key === 'GET /api/me') {
    return role
      ? { status: 200, body: meAs(role) }
      : { status: 401, body: { title: 'Not signed in', status: 401 } };
  }
  const bodies: Record<string, unknown> = {
    'GET /api/projects/v1/projects': page1([project]),
    'GET /api/involvement/v1/people': page1([person]),
    [`GET /api/involvement/v1/people/${PERSON_ID}`]: person,
    [`GET /api/involvement/v1/people/${PERSON_ID}/consents`]: consents,
    [`GET /api/involvement/v1/people/${PERSON_ID}/pyramid-level/history`]: page1([levelChange]),
    'GET /api/involvement/v1/pyramid-levels': pyramidLevels,
    'GET /api/involvement/v1/participations': page1([participation]),
    'GET /api/payments/v1/claims': page1([claim]),
    'GET /api/strategy/v1/indicators': indicators,
    'POST /api/strategy/v1/indicators/rebuild': indicators,
    'GET /api/involvement/v1/meetings': page1([meeting]),
    [`GET /api/involvement/v1/meetings/${meeting.id}`]: meeting,
    'GET /api/involvement/v1/contributions': page1([contribution]),
    [`GET /api/involvement/v1/contributions/${contribution.id}`]: contribution,
    'GET /api/involvement/v1/contributions/overdue-tell-backs': page1([overdueTellBack]),
    'GET /api/involvement/v1/elections': page1([election]),
    [`GET /api/involvement/v1/elections/${election.id}`]: election,
    [`GET /api/involvement/v1/elections/${election.id}/candidates`]: candidates,
    [`GET /api/involvement/v1/elections/${election.id}/nominations`]: page1([]),
    'GET /api/involvement/v1/panels': page1([panel]),
    [`GET /api/involvement/v1/panels/${panel.id}`]: panel,
    [`GET /api/involvement/v1/panels/${panel.id}/scores`]: page1([]),
    [`GET /api/involvement/v1/panels/${panel.id}/summary`]: panelSummary,
    ...involvementBodies,
    ...paymentBodies,
  };
  return key in bodies
    ? { status: 200, body: bodies[key] }
    : { status: 404, body: { title: 'Not Found', status: 404, detail: `No mock for ${key}` } };
}
