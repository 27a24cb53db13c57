import { api, body, untypedBody } from '../api/client';
import { ifMatch, type Item, type Ok, type Or, type RequestBody } from '../api/derive';
import type { Page } from '../api/types';

/** "You said, we did": the contributions API (involvement-service). */

export type Contribution = Ok<'/api/involvement/v1/contributions/{id}', 'get'>;
export type NewContribution = RequestBody<'/api/involvement/v1/contributions', 'post'>;
export type ContributionKind = NewContribution['kind'];
export type WeDid = RequestBody<'/api/involvement/v1/contributions/{id}/we-did', 'put'>;
export type TellBack = RequestBody<'/api/involvement/v1/contributions/{id}/tell-back', 'post'>;
export type TellBackChannel = TellBack['channel'];

interface OverdueFallback {
  contributionId?: string;
  personId?: string;
  kind?: ContributionKind;
  contributedOn?: string;
  tellBackDueOn?: string;
  weDidRecorded?: boolean;
}
export type OverduePage = Or<
  Ok<'/api/involvement/v1/contributions/overdue-tell-backs', 'get'>,
  Page<OverdueFallback>
>;
export type OverdueTellBack = Item<OverduePage>;
export type ContributionPage = Or<
  Ok<'/api/involvement/v1/contributions', 'get'>,
  Page<Contribution>
>;

export const recordContribution = (contribution: NewContribution) =>
  api.POST('/api/involvement/v1/contributions', { body: contribution }).then(body);

export const getContribution = (id: string) =>
  api.GET('/api/involvement/v1/contributions/{id}', { params: { path: { id } } }).then(body);

export const listContributions = (personId: string, cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/contributions', { params: { query: { personId, cursor, limit } } })
    .then((result) => untypedBody<ContributionPage>(result));

export const listOverdueTellBacks = (cursor?: string, limit = 20) =>
  api
    .GET('/api/involvement/v1/contributions/overdue-tell-backs', {
      params: { query: { cursor, limit } },
    })
    .then((result) => untypedBody<OverduePage>(result));

export const recordWeDid = (contribution: Contribution, weDid: WeDid) =>
  api
    .PUT('/api/involvement/v1/contributions/{id}/we-did', {
      params: { path: { id: contribution.id ?? '' }, header: ifMatch(contribution.version) },
      body: weDid,
    })
    .then(body);

export const recordTellBack = (contribution: Contribution, tellBack: TellBack) =>
  api
    .POST('/api/involvement/v1/contributions/{id}/tell-back', {
      params: { path: { id: contribution.id ?? '' }, header: ifMatch(contribution.version) },
      body: tellBack,
    })
    .then(body);
