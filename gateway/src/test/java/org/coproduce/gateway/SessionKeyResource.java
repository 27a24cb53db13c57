package org.coproduce.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** A fresh session key for the test run: keys never live in the repository. */
public class SessionKeyResource implements QuarkusTestResourceLifecycleManager {
  public static final String PROPERTY = "quarkus.oidc.token-state-manager.encryption-secret";

  /** Also for tests that run the gateway as a process of its own. */
  public static final String KEY = newKey();

  @Override
  public Map<String, String> start() {
    return Map.of(PROPERTY, KEY);
  }

  @Override
  public void stop() {}

  public static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
