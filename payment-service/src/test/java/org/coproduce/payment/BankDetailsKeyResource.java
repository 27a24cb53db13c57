package org.coproduce.payment;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** A fresh bank details key for the test run: keys never live in the repository. */
public class BankDetailsKeyResource implements QuarkusTestResourceLifecycleManager {
  private static final String KEY = newKey();

  @Override
  public Map<String, String> start() {
    return Map.of("coproduce.payment.bank-details.key", KEY);
  }

  @Override
  public void stop() {}

  private static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
