package org.coproduce.involvement.consent;

/** How the person gave their consent. */
public enum ConsentChannel {
  PAPER,
  ONLINE,
  PHONE,
  IN_PERSON
}
