package org.coproduce.payment.claim;

public enum ClaimKind {
  /** The fee for one participation, raised from its ParticipationRecorded event. */
  FEE,
  /** Travel, parking, carer or childcare costs, submitted by the person or by staff for them. */
  EXPENSE
}
