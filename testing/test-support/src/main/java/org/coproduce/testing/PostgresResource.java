package org.coproduce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL server (zonky's embedded binaries) for one service's test run. With the init
 * argument {@value #SERVICE_ROLE}, the service connects as that role (made here, owning nothing)
 * and Flyway migrates as the superuser, as in a real deployment.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
  /** The init argument naming the service's own database role. */
  public static final String SERVICE_ROLE = "serviceRole";

  private EmbeddedPostgres postgres;
  private String serviceRole;

  @Override
  public void init(Map<String, String> initArgs) {
    serviceRole = initArgs.get(SERVICE_ROLE);
  }

  @Override
  public Map<String, String> start() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
    Map<String, String> config = new HashMap<>();
    config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
    config.put("quarkus.datasource.username", "postgres");
    config.put("quarkus.datasource.password", "postgres");
    if (serviceRole != null) {
      // Without ?user= in the URL, which would win over the configured user.
      config.put(
          "quarkus.datasource.jdbc.url",
          "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
      createRole(serviceRole);
      config.put("quarkus.datasource.username", serviceRole);
      config.put("quarkus.datasource.password", serviceRole);
      config.put("quarkus.flyway.username", "postgres");
      config.put("quarkus.flyway.password", "postgres");
    }
    return config;
  }

  private void createRole(String role) {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create role \"" + role + "\" login password '" + role.replace("'", "''") + "'");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the role " + role, e);
    }
  }

  @Override
  public void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
