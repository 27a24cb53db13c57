package org.coproduce.payment.ratecard;

/**
 * The kinds of involvement activity a rate card prices, as involvement-service names them; {@code
 * ANY} is the rule for a kind the card does not name.
 */
public enum ActivityType {
  FOCUS_GROUP,
  CO_PRODUCTION_WORKSHOP,
  SURVEY,
  INTERVIEW_PANEL,
  MEETING,
  PROJECT_TEAM_MEETING,
  QUESTIONNAIRE,
  CONSULTATION,
  TRAINING,
  ANY
}
