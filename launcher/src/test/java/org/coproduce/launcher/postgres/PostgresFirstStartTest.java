package org.coproduce.launcher.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.process.Children;
import org.coproduce.launcher.process.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first {@code bin/run} on a new machine: PostgreSQL's binaries have never been unpacked
 * anywhere, so the launcher's PostgreSQL process unpacks them itself, inside the clone's state.
 */
class PostgresFirstStartTest {
  @TempDir Path clone;

  @Test
  void aFreshCloneUnpacksPostgresIntoItsOwnStateAndServesTheDatabases() throws Exception {
    StateDir state = StateDir.under(clone);
    Children children = new Children(new RunRecord(state.resolve("run.pids")));
    DbSettings db = new DbSettings("127.0.0.1", freePort(), "coproduce", "coproduce");
    try {
      String started = new Postgres(state, children, db).start();

      assertThat(started).contains("embedded");
      assertThat(state.resolve("postgres-binaries")).isNotEmptyDirectory();
      try (Connection connection = Databases.connect(db, db.user(), db.password());
          ResultSet databases =
              connection
                  .createStatement()
                  .executeQuery("select count(*) from pg_database where datname = 'payment'")) {
        databases.next();
        assertThat(databases.getInt(1)).isEqualTo(1);
      }
    } finally {
      children.stopAll();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
