package org.coproduce.launcher.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the two roles (the owner, which migrates, and payment-service's own, which owns nothing)
 * and the services' and the gateway's databases where they are missing.
 */
final class Databases {
  /**
   * One database per service (DESIGN.md: each service owns its data), and the gateway's, where the
   * browser sessions every gateway instance shares live.
   */
  static final List<String> NAMES =
      List.of("project", "involvement", "payment", "strategy", "gateway");

  private Databases() {}

  static Connection connect(DbSettings db, String user, String password) throws SQLException {
    String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/postgres";
    return DriverManager.getConnection(url, user, password);
  }

  /** As the superuser of our own server: the login roles, then databases owned by the owner. */
  static void ensureAsSuperuser(Connection connection, DbSettings db) throws SQLException {
    ensureRole(connection, db.user(), db.password());
    ensureRole(connection, db.paymentUser(), db.paymentPassword());
    for (String name : NAMES) {
      if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
        execute(connection, "SELECT format('CREATE DATABASE %I OWNER %I', ?, ?)", name, db.user());
      }
    }
  }

  /**
   * As the owner of a server that was already running: payment-service's role if missing (the owner
   * needs CREATEROLE for that), then missing databases.
   */
  static List<String> ensureAsUser(Connection connection, DbSettings db) throws SQLException {
    ensureRole(connection, db.paymentUser(), db.paymentPassword());
    List<String> missing = NAMES.stream().filter(name -> !existsQuietly(connection, name)).toList();
    for (String name : missing) {
      execute(connection, "SELECT format('CREATE DATABASE %I', ?)", name);
    }
    return missing;
  }

  private static void ensureRole(Connection connection, String role, String password)
      throws SQLException {
    if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
      execute(
          connection, "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?, ?)", role, password);
    }
  }

  private static boolean existsQuietly(Connection connection, String database) {
    try {
      return exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean exists(Connection connection, String sql, String value)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, value);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /** Builds the statement with format(%I, %L) so names and passwords are quoted by PostgreSQL. */
  private static void execute(Connection connection, String formatSql, String... arguments)
      throws SQLException {
    String statement;
    try (PreparedStatement format = connection.prepareStatement(formatSql)) {
      for (int i = 0; i < arguments.length; i++) {
        format.setString(i + 1, arguments[i]);
      }
      try (ResultSet rows = format.executeQuery()) {
        rows.next();
        statement = rows.getString(1);
      }
    }
    try (Statement run = connection.createStatement()) {
      run.execute(statement);
    }
  }
}
