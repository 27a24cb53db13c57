import { api, body } from '../api/client';
import { ifMatch, type Item, type Ok, type RequestBody } from '../api/derive';
import type { Claim, ClaimStatus } from '../api/types';

/** The payment API (payment-service): claims, expenses, the ledger and rate cards. */

export type { Claim, ClaimStatus };
export type ClaimLine = NonNullable<Claim['lines']>[number];
export type ClaimDecision = NonNullable<Claim['decisions']>[number];
export type NewExpenseClaim = RequestBody<'/api/payments/v1/expense-claims', 'post'>;
export type ExpenseCategory = NewExpenseClaim['category'];
export type Receipt = NonNullable<NewExpenseClaim['receipt']>;

export type RateCardPage = Ok<'/api/payments/v1/rate-cards', 'get'>;
export type RateCard = Item<RateCardPage>;
export type NewRateCard = RequestBody<'/api/payments/v1/rate-cards', 'post'>;
export type FeeRule = NewRateCard['fees'][number];
export type FeeKind = FeeRule['kind'];
export type RateActivityType = FeeRule['activityType'];
export type ExpenseCap = NewRateCard['expenses'][number];

export type Payee = Ok<'/api/payments/v1/payees/{personId}', 'get'>;
export type NewPayee = RequestBody<'/api/payments/v1/payees/{personId}', 'put'>;
export type PaymentRoute = NewPayee['route'];
export type WeekEarnings = Ok<'/api/payments/v1/payees/{personId}/weekly-earnings', 'get'>[number];
export type BenefitsWarningItem = Ok<'/api/payments/v1/benefit-warnings', 'get'>[number];
/** A week whose fees pass a person's benefits limit. */
export type BenefitsWeek = NonNullable<Claim['benefitsWarning']>;

/** What a payee was owed and paid in one UK tax year. */
export type PayeeTotal = Ok<'/api/payments/v1/ledger/payees/{personId}/totals', 'get'>[number];

export interface ClaimFilter {
  status?: ClaimStatus;
  personId?: string;
}

export const listClaims = (filter: ClaimFilter, cursor?: string, limit = 20) =>
  api
    .GET('/api/payments/v1/claims', { params: { query: { ...filter, cursor, limit } } })
    .then(body);

export const getClaim = (id: string) =>
  api.GET('/api/payments/v1/claims/{id}', { params: { path: { id } } }).then(body);

/** Approves what is pending if the claim is still at the version shown; otherwise 412. */
export const approveClaim = (claim: Claim, reason?: string) =>
  api
    .POST('/api/payments/v1/claims/{id}/approval', {
      params: { path: { id: claim.id ?? '' }, header: ifMatch(claim.version) },
      body: { reason },
    })
    .then(body);

export const rejectClaim = (claim: Claim, reason: string) =>
  api
    .POST('/api/payments/v1/claims/{id}/rejection', {
      params: { path: { id: claim.id ?? '' }, header: ifMatch(claim.version) },
      body: { reason },
    })
    .then(body);

/**
 * Submits an expense. The key is made once per form, so sending the form twice (a double click,
 * a retry after a lost answer) records one claim and gets the same answer back.
 */
export const submitExpense = (idempotencyKey: string, expense: NewExpenseClaim) =>
  api
    .POST('/api/payments/v1/expense-claims', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: expense,
    })
    .then(body);

export const getPayeeTotals = (personId: string) =>
  api
    .GET('/api/payments/v1/ledger/payees/{personId}/totals', { params: { path: { personId } } })
    .then(body);

export const listRateCards = (cursor?: string, limit = 20) =>
  api.GET('/api/payments/v1/rate-cards', { params: { query: { cursor, limit } } }).then(body);

export const getRateCard = (version: string) =>
  api.GET('/api/payments/v1/rate-cards/{version}', { params: { path: { version } } }).then(body);

export const createRateCard = (card: NewRateCard) =>
  api.POST('/api/payments/v1/rate-cards', { body: card }).then(body);

/** The rate card in force on a day. */
export const getRateCardInForce = (day: string) =>
  api.GET('/api/payments/v1/rate-cards/in-force', { params: { query: { date: day } } }).then(body);

/** A person's payment details, or null when none are recorded yet (404). */
export const getPayee = (personId: string) =>
  api
    .GET('/api/payments/v1/payees/{personId}', { params: { path: { personId } } })
    .then(body, (error: unknown) => {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    });

/** Records payment details; once they exist, only if still at the version shown (else 412). */
export const setPayee = (personId: string, version: number | undefined, details: NewPayee) =>
  api
    .PUT('/api/payments/v1/payees/{personId}', {
      params: {
        path: { personId },
        header: version === undefined ? undefined : ifMatch(version),
      },
      body: details,
    })
    .then(body);

/** Bank details a member of staff entered, awaiting the person's (or another's) confirmation. */
export type PendingPayeeChange = NonNullable<Payee['pendingChange']>;

/** Confirms the bank details staff entered, if still at the version shown (else 412). */
export const confirmPayeeChange = (personId: string, version: number | undefined) =>
  api
    .POST('/api/payments/v1/payees/{personId}/pending-change/confirmation', {
      params: { path: { personId }, header: ifMatch(version) },
    })
    .then(body);

/** Discards the bank details staff entered: they are never used. */
export const discardPayeeChange = (personId: string, version: number | undefined) =>
  api
    .POST('/api/payments/v1/payees/{personId}/pending-change/discarding', {
      params: { path: { personId }, header: ifMatch(version) },
    })
    .then(body);

export const getWeeklyEarnings = (personId: string) =>
  api
    .GET('/api/payments/v1/payees/{personId}/weekly-earnings', { params: { path: { personId } } })
    .then(body);

export const listBenefitWarnings = () => api.GET('/api/payments/v1/benefit-warnings').then(body);

export type ExportQueueItem = Ok<'/api/payments/v1/export-queue', 'get'>[number];
export type ExportBatchPage = Ok<'/api/payments/v1/export-batches', 'get'>;
export type ExportBatch = Ok<'/api/payments/v1/export-batches/{id}', 'get'>;
export type NewExportBatch = RequestBody<'/api/payments/v1/export-batches', 'post'>;
export type ExportLinePage = Ok<'/api/payments/v1/export-batches/{id}/lines', 'get'>;
export type ExportLine = Item<ExportLinePage>;
export type PaymentOutcome = RequestBody<
  '/api/payments/v1/export-batches/{id}/outcomes',
  'post'
>['outcomes'][number];
export type CostCentre = Ok<'/api/payments/v1/cost-centres', 'get'>[number];
export type NewCostCentre = RequestBody<'/api/payments/v1/cost-centres', 'post'>;

export const getExportQueue = () => api.GET('/api/payments/v1/export-queue').then(body);

/** Creates a batch; the key is made once per form, so sending it twice makes one batch. */
export const createExportBatch = (idempotencyKey: string, batch: NewExportBatch) =>
  api
    .POST('/api/payments/v1/export-batches', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: batch,
    })
    .then(body);

export const listExportBatches = (cursor?: string, limit = 20) =>
  api.GET('/api/payments/v1/export-batches', { params: { query: { cursor, limit } } }).then(body);

export const getExportBatch = (id: string) =>
  api.GET('/api/payments/v1/export-batches/{id}', { params: { path: { id } } }).then(body);

export const listExportLines = (id: string, cursor?: string, limit = 100) =>
  api
    .GET('/api/payments/v1/export-batches/{id}/lines', {
      params: { path: { id }, query: { cursor, limit } },
    })
    .then(body);

export const recordPaymentOutcomes = (id: string, outcomes: PaymentOutcome[]) =>
  api
    .POST('/api/payments/v1/export-batches/{id}/outcomes', {
      params: { path: { id } },
      body: { outcomes },
    })
    .then(body);

/** The files are downloaded by the browser itself (an ordinary link keeps the session cookie). */
export const exportFileHref = (id: string, format: 'csv' | 'json') =>
  `/api/payments/v1/export-batches/${encodeURIComponent(id)}/${format}`;

export const listCostCentres = () => api.GET('/api/payments/v1/cost-centres').then(body);

export const createCostCentre = (centre: NewCostCentre) =>
  api.POST('/api/payments/v1/cost-centres', { body: centre }).then(body);
