import type { Decision, Interest, InterestStatus } from './api';

/** Where an expression of interest stands, in the words of the person it is about. */
export const INTEREST_STATUS: Record<InterestStatus, { staff: string; own: string }> = {
  INTERESTED: { staff: 'Interested', own: 'Waiting for a decision' },
  SHORTLISTED: { staff: 'Shortlisted', own: 'Shortlisted' },
  SELECTED: { staff: 'Selected', own: 'You have been selected' },
  NOT_SELECTED: { staff: 'Not selected', own: 'Not selected this time' },
  WITHDRAWN: { staff: 'Withdrawn', own: 'You withdrew' },
};

const DECISIONS: { decision: Decision; label: string; to: InterestStatus; done: string }[] = [
  { decision: 'shortlisting', label: 'Shortlist', to: 'SHORTLISTED', done: 'shortlisted' },
  { decision: 'selection', label: 'Select', to: 'SELECTED', done: 'selected' },
  { decision: 'decline', label: 'Decline', to: 'NOT_SELECTED', done: 'declined' },
];

const NEXT: Record<InterestStatus, InterestStatus[]> = {
  INTERESTED: ['SHORTLISTED', 'SELECTED', 'NOT_SELECTED'],
  SHORTLISTED: ['SELECTED', 'NOT_SELECTED'],
  SELECTED: [],
  NOT_SELECTED: [],
  WITHDRAWN: [],
};

/** The decisions a coordinator can still make on an expression of interest (the service's rules). */
export function decisionsFor(interest: Interest) {
  return DECISIONS.filter((d) => NEXT[interest.status].includes(d.to));
}

/** A volunteer may withdraw until a decision is made. */
export function mayWithdraw(interest: Interest): boolean {
  return interest.status === 'INTERESTED' || interest.status === 'SHORTLISTED';
}
