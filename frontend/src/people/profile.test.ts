import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { checkProfile, EMPTY_PROFILE, newPerson, profileForm, staleProblem } from './profile';

const person = {
  id: 'p-1',
  personType: 'CARER' as const,
  displayName: 'Sam Okafor',
  email: 'sam@example.org',
  postcode: 'LS1 5HD',
  preferredTimes: ['WEEKEND', 'WEEKDAY_MORNING'] as ('WEEKEND' | 'WEEKDAY_MORNING')[],
  preferredLocations: ['Online', "St James's Hospital"],
  interests: ['mental health', 'maternity'],
  version: 3,
};

describe('the profile form', () => {
  it('shows a profile with lists one item a line and times in the order offered', () => {
    expect(profileForm(person)).toEqual({
      personType: 'CARER',
      displayName: 'Sam Okafor',
      email: 'sam@example.org',
      phone: '',
      postalAddress: '',
      postcode: 'LS1 5HD',
      accessNeeds: '',
      preferredTimes: ['WEEKDAY_MORNING', 'WEEKEND'],
      preferredLocations: "Online\nSt James's Hospital",
      interests: 'mental health\nmaternity',
    });
  });

  it('sends back what it showed, unchanged', () => {
    const { id, version, ...profile } = person;
    expect(id && version).toBeTruthy();
    expect(newPerson(profileForm(person))).toEqual({
      ...profile,
      preferredTimes: ['WEEKDAY_MORNING', 'WEEKEND'],
    });
  });

  it('leaves out empty text and sends empty lists, so a cleared field is cleared', () => {
    expect(
      newPerson({ ...profileForm(person), email: '  ', interests: '\n \n', preferredTimes: [] }),
    ).toEqual({
      personType: 'CARER',
      displayName: 'Sam Okafor',
      postcode: 'LS1 5HD',
      preferredTimes: [],
      preferredLocations: ['Online', "St James's Hospital"],
      interests: [],
    });
  });

  it('asks for the type and the name, and keeps lists within the register’s limits', () => {
    expect(checkProfile(EMPTY_PROFILE).map((e) => e.field)).toEqual(['personType', 'displayName']);
    const tooMany = Array.from({ length: 21 }, (_, i) => `topic ${i}`).join('\n');
    expect(
      checkProfile({
        ...profileForm(person),
        interests: tooMany,
        preferredLocations: 'x'.repeat(101),
      }),
    ).toEqual([
      {
        field: 'preferredLocations',
        message: 'Keep each of the places to 100 characters or fewer',
      },
      { field: 'interests', message: 'Enter at most 20 interests, one on each line' },
    ]);
  });

  it('explains a stale write in words and leaves other problems as they are', () => {
    const stale = staleProblem(new ApiProblem({ title: 'Precondition failed', status: 412 }));
    expect(stale?.problem.title).toBe(
      'Someone else changed this profile while you were editing it',
    );
    const other = new ApiProblem({ title: 'Invalid', status: 400 });
    expect(staleProblem(other)).toBe(other);
  });
});
