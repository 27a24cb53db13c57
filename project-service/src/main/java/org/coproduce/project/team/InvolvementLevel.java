package org.coproduce.project.team;

/** How far a member takes part in the project. */
public enum InvolvementLevel {
  /** A full team member sharing decisions. */
  BIG_I,
  /** Consulted periodically: focus groups, surveys, one-off consultations. */
  LITTLE_I
}
