package org.coproduce.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
