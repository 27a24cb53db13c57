package org.coproduce.involvement.activity;

/** How far people share in the work (the NHS "Big I, Little I" of involvement). */
public enum InvolvementLevel {
  /** People are full members of the team and share decisions. */
  BIG_I,
  /** People are consulted: they give their views from time to time. */
  LITTLE_I
}
