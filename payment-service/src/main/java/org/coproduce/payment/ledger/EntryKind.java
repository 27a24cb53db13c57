package org.coproduce.payment.ledger;

public enum EntryKind {
  /** A fee or expense line was raised: money is owed. */
  CLAIM_RAISED,
  /** An earlier line was taken back by a correction. */
  REVERSAL,
  /** A pending line was rejected and will not be paid. */
  REJECTION
}
