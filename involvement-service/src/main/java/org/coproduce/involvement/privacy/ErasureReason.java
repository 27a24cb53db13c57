package org.coproduce.involvement.privacy;

/** Why a person was erased; a code, so no free text about the person is kept with the erasure. */
public enum ErasureReason {
  PERSON_ASKED,
  NO_LONGER_INVOLVED,
  RETENTION_PERIOD_ENDED
}
