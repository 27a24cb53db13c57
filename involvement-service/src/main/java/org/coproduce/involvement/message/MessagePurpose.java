package org.coproduce.involvement.message;

import java.util.Optional;
import org.coproduce.involvement.consent.ConsentPurpose;

/** Why a person is sent a message, and the consent it needs, if any. */
public enum MessagePurpose {
  /** Telling someone about an opportunity that may suit them: only with their consent. */
  OPPORTUNITY_INVITATION(ConsentPurpose.CONTACT_ABOUT_OPPORTUNITIES),
  /** The outcome of the person's own expression of interest: part of what they asked for. */
  INTEREST_OUTCOME(null),
  /** Someone changed how the person is paid: they are told whatever their consents. */
  PAYMENT_DETAILS_CHANGED(null);

  private final ConsentPurpose consentNeeded;

  MessagePurpose(ConsentPurpose consentNeeded) {
    this.consentNeeded = consentNeeded;
  }

  public Optional<ConsentPurpose> consentNeeded() {
    return Optional.ofNullable(consentNeeded);
  }
}
