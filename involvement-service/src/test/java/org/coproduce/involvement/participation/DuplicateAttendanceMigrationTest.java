package org.coproduce.involvement.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V9 on a database recorded before attendance was unique: the first recording of each
 * attendance stays, later ones are marked as its duplicates, and the rule holds from then on.
 */
@QuarkusTest
class DuplicateAttendanceMigrationTest {
  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  @Test
  void existingDuplicatesKeepTheFirstAndAreMarked() throws SQLException {
    String database = "before_v9_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection admin = DriverManager.getConnection(url, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
    }
    String scratch = url.substring(0, url.lastIndexOf('/') + 1) + database;
    flyway(scratch).target("8").load().migrate();
    UUID person = UUID.randomUUID();
    UUID session = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    try (Connection connection = DriverManager.getConnection(scratch, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "insert into person (id, person_type, display_name, created_at, created_by)"
              + " values ('%s', 'CARER', 'Twice Paid', now(), 'test')".formatted(person));
      insert(statement, "first at session", person, project, "'" + session + "'", 1);
      insert(statement, "another session", person, project, "'" + UUID.randomUUID() + "'", 2);
      insert(statement, "first without", person, project, "null", 3);
      insert(statement, "again without", person, project, "null", 4);
      insert(statement, "third without", person, project, "null", 5);

      flyway(scratch).load().migrate();

      Map<String, String> duplicateOf = new HashMap<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select p.recorded_by, f.recorded_by from participation p"
                  + " left join participation f on f.id = p.duplicate_of")) {
        while (rows.next()) {
          duplicateOf.put(rows.getString(1), rows.getString(2));
        }
      }
      Map<String, String> expected = new HashMap<>();
      expected.put("first at session", null);
      expected.put("another session", null);
      expected.put("first without", null);
      expected.put("again without", "first without");
      expected.put("third without", "first without");
      assertThat(duplicateOf).isEqualTo(expected);
      assertThatThrownBy(() -> insert(statement, "after", person, project, "null", 6))
          .hasMessageContaining("participation_once_per_day");
    }
  }

  private static void insert(
      Statement statement, String label, UUID person, UUID project, String session, int minute)
      throws SQLException {
    statement.execute(
        ("insert into participation (id, person_id, project_id, activity_type, session_date,"
                + " hours, session_id, created_at, recorded_by) values ('%s', '%s', '%s',"
                + " 'FOCUS_GROUP', date '2026-03-14', 2, %s,"
                + " timestamptz '2026-03-14 10:00:00+00' + interval '%d minutes', '%s')")
            .formatted(UUID.randomUUID(), person, project, session, minute, label));
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String scratch) {
    return Flyway.configure()
        .dataSource(scratch, user, password)
        .locations("classpath:db/migration", "classpath:db/platform")
        .outOfOrder(true);
  }
}
