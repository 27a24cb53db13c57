package org.coproduce.involvement.participation;

/** The kinds of involvement activity a person's time can be recorded against. */
public enum ActivityType {
  FOCUS_GROUP,
  CO_PRODUCTION_WORKSHOP,
  /** A wave of a survey. */
  SURVEY,
  QUESTIONNAIRE,
  CONSULTATION,
  INTERVIEW_PANEL,
  MEETING,
  PROJECT_TEAM_MEETING,
  TRAINING
}
