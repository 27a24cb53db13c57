package org.coproduce.involvement.person;

/** When in the week a person can usually take part. */
public enum PreferredTime {
  WEEKDAY_MORNING,
  WEEKDAY_AFTERNOON,
  WEEKDAY_EVENING,
  WEEKEND
}
