package org.coproduce.involvement.meeting;

public enum ActionStatus {
  OPEN,
  DONE
}
