package org.coproduce.payment.audit;

/** The kinds of a person's payment records, and the lists, whose reads by staff are audited. */
public enum PaymentRecord {
  /** How a person is paid: route, benefits flag, masked bank details. */
  PAYEE,
  WEEKLY_EARNINGS,
  PAYEE_TOTALS,
  CLAIM,
  SUBJECT_ACCESS,
  /** A page of claims: whose, what for, how much. */
  CLAIMS,
  LEDGER_ENTRIES,
  /** Who receives benefits and earned above the weekly limit. */
  BENEFIT_WARNINGS
}
