package org.coproduce.payment.ratecard;

/** What an expense was for; each has a cap on the rate card, mileage also a rate per mile. */
public enum ExpenseCategory {
  PUBLIC_TRANSPORT,
  PARKING,
  CARER_COST,
  CHILDCARE_COST,
  MILEAGE
}
