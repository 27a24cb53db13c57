import type { Page, Request } from '@playwright/test';
import { involvementBodies } from './involvementMocks';

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
    ...involvementBodies,
  };
  return key in bodies
    ? { status: 200, body: bodies[key] }
    : { status: 404, body: { title: 'Not Found', status: 404, detail: `No mock for ${key}` } };
}
