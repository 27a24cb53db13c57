package org.coproduce.involvement.opportunity;

/** The kinds of ways to get involved a coordinator offers. */
public enum OpportunityKind {
  QI_PROJECT_ROLE,
  FOCUS_GROUP,
  SURVEY,
  QUESTIONNAIRE,
  CONSULTATION,
  RECRUITMENT_PANEL,
  SERVICE_USER_MEETING,
  AMBASSADOR_ROLE,
  TRAINING,
  RESEARCH
}
