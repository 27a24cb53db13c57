package org.coproduce.involvement.opportunity;

/** How far a person in a QI project role takes part. */
public enum InvolvementLevel {
  /** A full team member sharing decisions. */
  BIG_I,
  /** Consulted: a focus group, survey, questionnaire or one-off consultation. */
  LITTLE_I
}
