package org.coproduce.launcher.postgres;

import java.util.Map;

/**
 * How the services reach PostgreSQL: the same {@code COPRODUCE_DB_*} variables they read, with the
 * same defaults. {@code user} owns the databases and runs migrations; payment-service connects as
 * {@code paymentUser}, a role that owns nothing (so it cannot disable the ledger's triggers).
 */
public record DbSettings(
    String host,
    int port,
    String user,
    String password,
    String paymentUser,
    String paymentPassword) {

  public DbSettings(String host, int port, String user, String password) {
    this(host, port, user, password, "coproduce_payment", "coproduce_payment");
  }

  public static DbSettings fromEnvironment() {
    Map<String, String> env = System.getenv();
    return new DbSettings(
        env.getOrDefault("COPRODUCE_DB_HOST", "127.0.0.1"),
        Integer.parseInt(env.getOrDefault("COPRODUCE_DB_PORT", "5432")),
        env.getOrDefault("COPRODUCE_DB_USER", "coproduce"),
        env.getOrDefault("COPRODUCE_DB_PASSWORD", "coproduce"),
        env.getOrDefault("COPRODUCE_PAYMENT_DB_USER", "coproduce_payment"),
        env.getOrDefault("COPRODUCE_PAYMENT_DB_PASSWORD", "coproduce_payment"));
  }

  public boolean local() {
    return host.equals("127.0.0.1") || host.equals("localhost");
  }

  public Map<String, String> asEnv() {
    return Map.of(
        "COPRODUCE_DB_HOST", host,
        "COPRODUCE_DB_PORT", Integer.toString(port),
        "COPRODUCE_DB_USER", user,
        "COPRODUCE_DB_PASSWORD", password,
        "COPRODUCE_PAYMENT_DB_USER", paymentUser,
        "COPRODUCE_PAYMENT_DB_PASSWORD", paymentPassword);
  }
}
