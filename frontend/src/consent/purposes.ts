import type { ConsentPurpose, Consents } from '../api/types';

/**
 * The wording people agree to, per purpose. A change of wording is a new version: consent
 * records name the version the person agreed to.
 */
export const CONSENT_WORDING_VERSION = '2026-01';

export interface PurposeText {
  purpose: ConsentPurpose;
  title: string;
  /** The words the person agrees to, spoken to them. */
  text: string;
  /** Short, for confirmations: "You have withdrawn consent to {short}". */
  short: string;
}

export const PURPOSES: readonly PurposeText[] = [
  {
    purpose: 'CONTACT_ABOUT_OPPORTUNITIES',
    title: 'Contact about opportunities',
    text: 'We contact you by email, phone or post when there is a chance to get involved that matches your interests, such as a focus group, a survey or a place on a project team.',
    short: 'contact about opportunities',
  },
  {
    purpose: 'NEWSLETTER',
    title: 'The involvement newsletter',
    text: 'We send you our newsletter every few months, with news of projects and meetings and what changed because of what people told us.',
    short: 'the newsletter',
  },
  {
    purpose: 'PROJECT_TEAM_MEMBERSHIP',
    title: 'Being on a project team',
    text: 'When you join a quality improvement project, the project team can see your name and contact details so they can invite you to meetings and send you papers.',
    short: 'being on a project team',
  },
  {
    purpose: 'RESEARCH',
    title: 'Research',
    text: 'Researchers working with the trust may ask you to take part in a study. You still decide each time whether to take part.',
    short: 'research',
  },
];

/** One purpose as it stands: the consent in force, if any. */
export interface PurposeStanding extends PurposeText {
  allowed: boolean;
  consentId?: string;
  givenAt?: string;
}

/** Every purpose, in the order above, with where it stands in the person's consents. */
export function standings(consents: Consents): PurposeStanding[] {
  return PURPOSES.map((text) => {
    const state = consents.current?.find((c) => c.purpose === text.purpose);
    const inForce = state?.allowed ? state.consent : undefined;
    return {
      ...text,
      allowed: Boolean(inForce?.id),
      consentId: inForce?.id,
      givenAt: inForce?.givenAt,
    };
  });
}
