package org.coproduce.project.project;

/** Where a QI project is in its life, in the Model for Improvement's order. */
public enum ProjectStatus {
  IDEA,
  PLANNING,
  TESTING,
  IMPLEMENTING,
  SUSTAINING,
  CLOSED
}
