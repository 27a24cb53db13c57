package org.coproduce.payment.ledger;

public enum EntryKind {
  /** A fee or expense line was raised: money is owed. */
  CLAIM_RAISED,
  /** An earlier line was taken back by a correction. */
  REVERSAL,
  /** A pending line was rejected and will not be paid. */
  REJECTION,
  /** An approved line went to finance in an export batch: OWED to IN_EXPORT. */
  EXPORT,
  /** Finance paid an exported line: IN_EXPORT to PAID. */
  PAYMENT,
  /** Finance could not pay an exported line; it is owed again: IN_EXPORT to OWED. */
  FAILURE
}
