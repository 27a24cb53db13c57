package org.coproduce.involvement.election;

/** Where an election is, from its schedule and whether its result was declared. */
public enum ElectionPhase {
  UPCOMING,
  NOMINATIONS_OPEN,
  AWAITING_VOTING,
  VOTING_OPEN,
  /** Voting is over: the results may be seen and declared. */
  VOTING_CLOSED,
  DECLARED
}
