import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

describe('navigation per role', () => {
  it.each([
    ['qi-lead', ['Home', 'Record participation', 'Interview panels']],
    [
      'coordinator',
      [
        'Home',
        'QI projects',
        'People',
        'Record participation',
        'Claims',
        'Indicators',
        'Meetings',
        'Tell-backs',
        'Elections',
        'Interview panels',
        'Opportunities',
        'Activities',
      ],
    ],
    [
      'volunteer',
      [
        'Home',
        'My profile',
        'My consent',
        'My involvement',
        'Elections',
        'Interview panels',
        'Find opportunities',
        'My interest',
        'Messages',
        'My sessions',
        'Payments',
      ],
    ],
    ['finance', ['Home', 'Claims', 'Interview panels', 'Payment exports']],
    ['executive', ['Home', 'QI projects', 'Interview panels']],
    [
      'admin',
      [
        'Home',
        'QI projects',
        'People',
        'Record participation',
        'Claims',
        'Indicators',
        'Meetings',
        'Tell-backs',
        'Elections',
        'Interview panels',
        'Opportunities',
        'Activities',
        'Payment exports',
        'Rate cards',
      ],
    ],
  ])('%s sees %j', (role, labels) => {
    expect(navigationFor([role]).map((item) => item.label)).toEqual(labels);
  });

  it('joins the menus of several roles without repeating an item', () => {
    expect(navigationFor(['finance', 'executive']).map((item) => item.label)).toEqual([
      'Home',
      'QI projects',
      'Claims',
      'Interview panels',
      'Payment exports',
    ]);
  });

  it('offers nothing for roles Coproduce does not know', () => {
    expect(navigationFor(['offline_access'])).toEqual([]);
  });
});
