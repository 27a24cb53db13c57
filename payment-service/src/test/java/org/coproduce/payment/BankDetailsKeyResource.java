package org.coproduce.payment;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Fresh bank details keys for the test run (keys never live in the repository): the current one,
 * given as the single key (id k1), and an older one in the ring (id k0), as after a rotation.
 */
public class BankDetailsKeyResource implements QuarkusTestResourceLifecycleManager {
  /** Also for a test that runs the service as a process of its own. */
  public static final String KEY = newKey();

  /** A key that was current before k1. */
  public static final String OLD_KEY = newKey();

  @Override
  public Map<String, String> start() {
    return Map.of(
        "coproduce.payment.bank-details.key",
        KEY,
        "coproduce.payment.bank-details.keys",
        "k0:" + OLD_KEY,
        "coproduce.payment.bank-details.current-key-id",
        "k1");
  }

  @Override
  public void stop() {}

  private static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
