package org.coproduce.involvement.consent;

/** What a person's details may be used for; consent is given and withdrawn per purpose. */
public enum ConsentPurpose {
  CONTACT_ABOUT_OPPORTUNITIES,
  NEWSLETTER,
  PROJECT_TEAM_MEMBERSHIP,
  RESEARCH
}
