package org.coproduce.involvement.audit;

/** The kinds of a person's records whose reads are audited. */
public enum AuditedRecord {
  PERSON,
  CONSENTS,
  PYRAMID_HISTORY,
  SUBJECT_ACCESS
}
