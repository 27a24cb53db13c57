import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

describe('navigation per role', () => {
  it.each([
    ['qi-lead', ['Home', 'Record participation']],
    [
      'coordinator',
      [
        'Home',
        'QI projects',
        'People',
        'Record participation',
        'Claims',
        'Indicators',
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
        'Find opportunities',
        'My interest',
        'Messages',
        'My sessions',
      ],
    ],
    ['finance', ['Home', 'Claims']],
    ['executive', ['Home', 'QI projects']],
    [
      'admin',
      [
        'Home',
        'QI projects',
        'People',
        'Record participation',
        'Claims',
        'Indicators',
        'Opportunities',
        'Activities',
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
    ]);
  });

  it('offers nothing for roles Coproduce does not know', () => {
    expect(navigationFor(['offline_access'])).toEqual([]);
  });
});
