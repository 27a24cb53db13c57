package org.coproduce.involvement.audit;

/** The kinds of a person's records whose reads are audited. */
public enum AuditedRecord {
  PERSON,
  CONSENTS,
  PYRAMID_HISTORY,
  /** Their name on a newsletter digest's list of recipients. */
  NEWSLETTER_RECIPIENT,
  CONTRIBUTIONS,
  SUBJECT_ACCESS
}
