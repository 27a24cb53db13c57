package org.coproduce.involvement.interest;

import java.util.Set;

/**
 * Where a person's expression of interest stands. Selected, not selected and withdrawn are final: a
 * selected person who can no longer take part tells the coordinator.
 */
public enum InterestStatus {
  INTERESTED,
  SHORTLISTED,
  SELECTED,
  NOT_SELECTED,
  WITHDRAWN;

  public boolean mayBecome(InterestStatus next) {
    return switch (this) {
      case INTERESTED -> Set.of(SHORTLISTED, SELECTED, NOT_SELECTED, WITHDRAWN).contains(next);
      case SHORTLISTED -> Set.of(SELECTED, NOT_SELECTED, WITHDRAWN).contains(next);
      case SELECTED, NOT_SELECTED, WITHDRAWN -> false;
    };
  }
}
