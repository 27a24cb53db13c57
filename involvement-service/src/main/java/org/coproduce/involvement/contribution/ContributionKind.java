package org.coproduce.involvement.contribution;

/** What kind of thing a person said. */
public enum ContributionKind {
  IDEA,
  FEEDBACK,
  PANEL_VIEW,
  SURVEY_RESPONSE,
  MEETING_COMMENT
}
