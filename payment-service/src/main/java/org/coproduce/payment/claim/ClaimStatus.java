package org.coproduce.payment.claim;

public enum ClaimStatus {
  PENDING,
  APPROVED,
  REJECTED
}
