package org.coproduce.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** payment-service's own settings. */
@ConfigMapping(prefix = "coproduce.payment")
public interface PaymentConfig {

  /** The cost centre fee claims are booked to, and expenses that name none. */
  @WithDefault("PEX100")
  String defaultCostCentre();

  Approval approval();

  /** The most one claim may come to for an approver without a limit of their own. */
  interface Approval {
    @WithDefault("50000")
    long financeLimitPence();

    @WithDefault("5000")
    long coordinatorLimitPence();
  }

  BankDetails bankDetails();

  /** The key ring bank details are encrypted with: from the environment, never the repo. */
  interface BankDetails {
    /** One key, 32 bytes, base64 (COPRODUCE_BANK_DETAILS_KEY); in the ring as {@link #keyId()}. */
    Optional<String> key();

    /** The id of {@link #key()}, stored beside each ciphertext it made. */
    @WithDefault("k1")
    String keyId();

    /** More keys, "id:base64,id:base64" (COPRODUCE_BANK_DETAILS_KEYS). */
    Optional<String> keys();

    /** The key new ciphertexts use; may be left out when the ring holds one key. */
    Optional<String> currentKeyId();
  }

  Benefits benefits();

  interface Benefits {
    /**
     * Fee earnings in one week above which a person who receives benefits, and their coordinator,
     * are warned. The default is the permitted work lower limit many benefits use (£20 a week).
     */
    @WithDefault("2000")
    long weeklyLimitPence();
  }

  Export export();

  /** The finance ledger codes export lines carry. */
  interface Export {
    /** The subjective (expense type) code of involvement fees. */
    @WithDefault("5701")
    String feeSubjectiveCode();

    /** The subjective code of repaid expenses. */
    @WithDefault("5702")
    String expenseSubjectiveCode();

    /**
     * How long an export line keeps the payee's bank details after finance settled it (paid or
     * failed), for queries about the payment; then they are wiped (docs/adr/0005).
     */
    @WithDefault("P90D")
    Duration bankDetailsRetention();
  }
}
