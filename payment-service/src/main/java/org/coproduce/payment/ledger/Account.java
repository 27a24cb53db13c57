package org.coproduce.payment.ledger;

/** Where money for a line stands; the ledger moves it between these, never edits it. */
public enum Account {
  /** Raised and not yet sent to finance. */
  OWED,
  /** In an export batch finance has not settled. */
  IN_EXPORT,
  /** Paid by finance. */
  PAID
}
