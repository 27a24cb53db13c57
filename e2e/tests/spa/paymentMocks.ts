/**
 * API answers for the payment screens. The person and participation are mockApi's (named here,
 * not imported: mockApi imports this file).
 */

const PERSON_ID = '5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10';
const PROJECT_ID = '0d3c7a4e-6b2f-4c1a-8e5d-9a1b2c3d4e5f';
const P = '/api/payments/v1';

export const feeClaim = {
  id: '3f1e2d3c-4b5a-4978-8d6e-5f4a3b2c1d0e',
  kind: 'FEE',
  participationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  personId: PERSON_ID,
  projectId: PROJECT_ID,
  costCentre: 'PEX100',
  activityType: 'FOCUS_GROUP',
  activityDate: '2026-03-14',
  hours: 2.5,
  category: null,
  miles: null,
  receipt: null,
  amountPence: 5000,
  rateCardVersion: '2026-04',
  status: 'PENDING',
  lines: [
    {
      id: 'a0000000-0000-4000-8000-000000000001',
      kind: 'FEE',
      amountPence: 5000,
      hours: 2.5,
      miles: null,
      rateCardVersion: '2026-04',
      reversesLineId: null,
      status: 'PENDING',
      decisionId: null,
      createdAt: '2026-03-14T16:00:05Z',
    },
  ],
  decisions: [],
  benefitsWarning: { weekStart: '2026-03-09', earnedPence: 5000, limitPence: 2000 },
  createdAt: '2026-03-14T16:00:05Z',
  version: 0,
};

export const expenseClaim = {
  ...feeClaim,
  id: '4a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  kind: 'EXPENSE',
  participationId: null,
  activityType: null,
  hours: null,
  category: 'PUBLIC_TRANSPORT',
  activityDate: '2026-11-20',
  amountPence: 640,
  receipt: {
    fileName: 'bus-ticket.jpg',
    contentType: 'image/jpeg',
    sizeBytes: 48213,
    sha256: 'a'.repeat(64),
  },
  lines: [
    {
      ...feeClaim.lines[0],
      id: 'a0000000-0000-4000-8000-000000000002',
      kind: 'EXPENSE',
      amountPence: 640,
      hours: null,
    },
  ],
  benefitsWarning: null,
};

export const payee = {
  personId: PERSON_ID,
  route: 'BACS',
  bankAccountName: 'S** O*****',
  sortCode: '**-**-56',
  accountNumber: '******78',
  receivesBenefits: true,
  benefitsGuidance: [
    'Repaid expenses (travel, parking, carer and childcare costs) are not income: they do not count as earnings for your benefits.',
    'Fees for your time can count as earnings.',
  ],
  weeklyLimitPence: 2000,
  updatedAt: '2026-11-01T09:00:00Z',
  updatedBy: 'val',
  pendingChange: null,
  version: 2,
};

export const rateCard = {
  id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
  version: '2026-04',
  effectiveFrom: '2026-04-01',
  mileagePencePerMile: 45,
  fees: [
    {
      activityType: 'ANY',
      kind: 'BANDED',
      bands: [
        { hoursFrom: 0, amountPence: 1000 },
        { hoursFrom: 2, amountPence: 2000 },
      ],
    },
  ],
  expenses: [
    { category: 'PUBLIC_TRANSPORT', capPence: 5000 },
    { category: 'PARKING', capPence: 2000 },
    { category: 'MILEAGE', capPence: 20000 },
  ],
  createdAt: '2026-03-01T09:00:00Z',
};

export const batch = {
  id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  route: 'BACS',
  from: '2026-11-01',
  to: '2026-11-30',
  createdAt: '2026-12-01T09:00:00Z',
  createdBy: 'fiona',
  lineCount: 2,
  totalPence: 5640,
  checksum: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  awaitingCount: 2,
  paidCount: 0,
  failedCount: 0,
  downloads: [],
  madeByYou: false,
};

export const exportLines = [
  {
    lineId: feeClaim.lines[0]!.id,
    claimId: feeClaim.id,
    kind: 'FEE',
    amountPence: 5000,
    day: '2026-11-14',
    outcome: 'AWAITING',
    failureReason: null,
  },
  {
    lineId: expenseClaim.lines[0]!.id,
    claimId: expenseClaim.id,
    kind: 'EXPENSE',
    amountPence: 640,
    day: '2026-11-20',
    outcome: 'AWAITING',
    failureReason: null,
  },
];

const page1 = <T>(items: T[]) => ({ items, nextCursor: null });

export const paymentBodies: Record<string, unknown> = {
  [`GET ${P}/claims`]: page1([feeClaim, expenseClaim]),
  [`GET ${P}/claims/${feeClaim.id}`]: feeClaim,
  [`GET ${P}/claims/${expenseClaim.id}`]: expenseClaim,
  [`GET ${P}/ledger/payees/${PERSON_ID}/totals`]: [
    { personId: PERSON_ID, taxYear: '2026-27', amountPence: 5640, paidPence: 2000, entries: 4 },
    { personId: PERSON_ID, taxYear: '2025-26', amountPence: 2000, paidPence: 2000, entries: 3 },
  ],
  [`GET ${P}/payees/${PERSON_ID}`]: payee,
  [`GET ${P}/payees/${PERSON_ID}/weekly-earnings`]: [
    { weekStart: '2026-03-09', earnedPence: 5000, limitPence: 2000, overLimit: true },
    { weekStart: '2026-11-16', earnedPence: 1000, limitPence: 2000, overLimit: false },
  ],
  [`GET ${P}/benefit-warnings`]: [
    { personId: PERSON_ID, weekStart: '2026-03-09', earnedPence: 5000, limitPence: 2000 },
  ],
  [`GET ${P}/rate-cards`]: page1([rateCard]),
  [`GET ${P}/rate-cards/in-force`]: rateCard,
  [`GET ${P}/rate-cards/${rateCard.version}`]: rateCard,
  [`GET ${P}/export-queue`]: [
    { route: 'BACS', lineCount: 2, totalPence: 5640 },
    { route: 'VOUCHER', lineCount: 1, totalPence: 1500 },
  ],
  [`GET ${P}/export-batches`]: page1([batch]),
  [`GET ${P}/export-batches/${batch.id}`]: batch,
  [`GET ${P}/export-batches/${batch.id}/lines`]: page1(exportLines),
  [`GET ${P}/cost-centres`]: [{ code: 'PEX100', name: 'Patient and carer experience' }],
};
