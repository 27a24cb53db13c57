import { describe, expect, it } from 'vitest';
import type { Opportunity } from './api';
import {
  checkOpportunity,
  EMPTY_OPPORTUNITY,
  lines,
  newOpportunity,
  opportunityForm,
  type OpportunityForm,
} from './opportunityForm';

const focusGroup: OpportunityForm = {
  ...EMPTY_OPPORTUNITY,
  kind: 'FOCUS_GROUP',
  title: 'Focus group: why appointments get missed',
  purpose: 'Fewer missed appointments',
  where: 'online',
  topics: 'appointments\n\n mental health \nappointments',
  expectedHours: '1.5',
  placesAvailable: '8',
};

describe('an opportunity in the editor', () => {
  it('needs a kind, a title, what difference it makes, and where it is', () => {
    expect(checkOpportunity(EMPTY_OPPORTUNITY).map((e) => e.field)).toEqual([
      'kind',
      'title',
      'purpose',
      'online',
    ]);
  });

  it('needs Big I or Little I and a project for a QI project role, as the service does', () => {
    const role = { ...focusGroup, kind: 'QI_PROJECT_ROLE' as const };
    expect(checkOpportunity(role).map((e) => e.field)).toEqual(['involvementLevel', 'projectId']);
  });

  it('refuses an end before the start, a place without a location and no places', () => {
    const wrong: OpportunityForm = {
      ...focusGroup,
      startsAt: '2027-01-12T12:00',
      endsAt: '2027-01-12T10:00',
      where: 'place',
      location: ' ',
      placesAvailable: '0',
      expectedHours: '0.1',
    };
    expect(checkOpportunity(wrong).map((e) => e.field)).toEqual([
      'endsAt',
      'location',
      'expectedHours',
      'placesAvailable',
    ]);
  });

  it('sends topics one a line without blanks or repeats, and no location when online', () => {
    const sent = newOpportunity({ ...focusGroup, location: 'left over from before' });
    expect(sent.topics).toEqual(['appointments', 'mental health']);
    expect(sent.online).toBe(true);
    expect(sent.location).toBeUndefined();
    expect(sent.involvementLevel).toBeUndefined();
    expect(sent.expectedHours).toBe(1.5);
    expect(sent.placesAvailable).toBe(8);
    expect(checkOpportunity(focusGroup)).toEqual([]);
  });

  it('fills the form from an opportunity and sends it back unchanged', () => {
    const opportunity: Opportunity = {
      id: 'o1',
      kind: 'QI_PROJECT_ROLE',
      involvementLevel: 'BIG_I',
      projectId: 'p1',
      title: 'Carer member of the team',
      purpose: 'Letters carers can act on',
      startsAt: '2027-01-12T10:00:00.000Z',
      endsAt: '2027-01-12T12:00:00.000Z',
      online: false,
      location: "St James's Hospital",
      accessInformation: 'Hearing loop',
      expectedHours: 2,
      reward: '£20',
      topics: ['carers', 'discharge'],
      timesOfWeek: ['WEEKDAY_MORNING'],
      placesAvailable: 2,
      closesOn: '2026-12-18',
      status: 'DRAFT',
      version: 3,
    };
    const { id, status, version, ...described } = opportunity;
    expect([id, status, version]).toEqual(['o1', 'DRAFT', 3]);
    expect(newOpportunity(opportunityForm(opportunity))).toEqual(described);
  });

  it('reads lines as a list', () => {
    expect(lines(' a \nb\n\na')).toEqual(['a', 'b']);
  });
});
