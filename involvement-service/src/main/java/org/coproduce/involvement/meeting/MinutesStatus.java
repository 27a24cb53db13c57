package org.coproduce.involvement.meeting;

/** Where a meeting's minutes stand: none yet, a draft only staff see, or published. */
public enum MinutesStatus {
  NONE,
  DRAFT,
  PUBLISHED
}
