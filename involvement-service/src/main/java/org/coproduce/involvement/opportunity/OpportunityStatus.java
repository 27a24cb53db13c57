package org.coproduce.involvement.opportunity;

/** Drafts are for staff; volunteers see published ones; closed ones take no more interest. */
public enum OpportunityStatus {
  DRAFT,
  PUBLISHED,
  CLOSED
}
