package org.coproduce.payment.payee;

/** How a person is paid, or that they are not. */
public enum PaymentRoute {
  /** Through the trust's payroll (the person has a payroll number). */
  PAYROLL,
  /** By bank transfer: needs bank details. */
  BACS,
  /** Shopping vouchers instead of money. */
  VOUCHER,
  /** The person declines payment: fees are recorded but never exported or counted as earnings. */
  DECLINE,
  /** The fee is paid as a donation to the trust's charity. */
  DONATE;

  /** Whether lines of payees on this route are ever sent to finance. */
  public boolean isPaid() {
    return this != DECLINE;
  }
}
