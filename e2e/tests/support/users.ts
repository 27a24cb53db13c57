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
    menu: ['Home', 'Record participation'],
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
      'Find opportunities',
      'My interest',
      'Messages',
      'My sessions',
    ],
  },
  {
    username: 'fiona.finance',
    role: 'finance',
    home: 'Claims awaiting approval',
    menu: ['Home', 'Claims'],
  },
  {
    username: 'eve.executive',
    role: 'executive',
    home: 'Involvement indicators',
    menu: ['Home', 'QI projects'],
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
      'Opportunities',
      'Activities',
    ],
  },
];

export const SIGN_IN_HEADING = 'Sign in to Coproduce';
