package org.coproduce.payment.export;

/** What finance says became of an exported line. */
public enum ExportOutcome {
  /** Sent to finance, not yet settled. */
  AWAITING,
  PAID,
  /** Not paid (e.g. the bank refused it): the line returns to the export queue. */
  FAILED
}
