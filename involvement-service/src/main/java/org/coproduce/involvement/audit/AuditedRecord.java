package org.coproduce.involvement.audit;

/** The kinds of a person's records, and the lists of people, whose reads are audited. */
public enum AuditedRecord {
  PERSON,
  CONSENTS,
  PYRAMID_HISTORY,
  /** Their name on a newsletter digest's list of recipients. */
  NEWSLETTER_RECIPIENT,
  CONTRIBUTIONS,
  SUBJECT_ACCESS,
  /** A search of the register: names, contact details and access needs of many people. */
  REGISTER_SEARCH
}
