/** The demo users of the local realm (password `demo`) and what each should see first. */
export interface DemoUser {
  username: string;
  role: string;
  home: string;
  /** Menu items the user sees, in order. */
  menu: string[];
}

export const DEMO_PASSWORD = 'demo';

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'lena.lead',
    role: 'qi-lead',
    home: 'QI projects',
    menu: ['Home', 'Record participation', 'Interview panels'],
  },
  {
    username: 'cora.coordinator',
    role: 'coordinator',
    home: 'Involvement coordination',
    menu: [
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
  },
  {
    username: 'val.volunteer',
    role: 'volunteer',
    home: 'Your involvement',
    menu: [
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
  },
  {
    username: 'fiona.finance',
    role: 'finance',
    home: 'Claims awaiting approval',
    menu: ['Home', 'Claims', 'Interview panels', 'Payment exports'],
  },
  {
    username: 'eve.executive',
    role: 'executive',
    home: 'Involvement indicators',
    menu: ['Home', 'QI projects', 'Interview panels'],
  },
  {
    username: 'ada.admin',
    role: 'admin',
    home: 'Administration',
    menu: [
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
  },
];

/**
 * A second finance officer: records what was paid from batches Fiona made (whoever makes a batch
 * does not record its outcomes).
 */
export const SECOND_FINANCE: DemoUser = {
  ...DEMO_USERS.find((user) => user.role === 'finance')!,
  username: 'frank.finance',
};

export const SIGN_IN_HEADING = 'Sign in to Coproduce';
