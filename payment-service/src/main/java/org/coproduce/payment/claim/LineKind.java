package org.coproduce.payment.claim;

public enum LineKind {
  FEE,
  EXPENSE,
  /** Takes back an earlier line in full; its amount is the negative of that line's. */
  REVERSAL
}
