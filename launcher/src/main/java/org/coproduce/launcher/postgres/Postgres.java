package org.coproduce.launcher.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.health.Health;
import org.coproduce.launcher.process.Child;
import org.coproduce.launcher.process.Children;
import org.coproduce.launcher.process.Guarded;
import org.coproduce.launcher.process.JavaCommand;
import org.coproduce.launcher.process.Layer;

/**
 * PostgreSQL for the local run: one already listening on the port is used as it is (as {@code
 * COPRODUCE_DB_USER}); otherwise an embedded server with its data in {@code .coproduce/postgres}.
 * Either way the four databases exist afterwards. The embedded server's binaries are unpacked into
 * {@code .coproduce/postgres-binaries}.
 */
public final class Postgres {
  private static final String PART = "postgres";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final StateDir state;
  private final Children children;
  private final DbSettings db;

  public Postgres(StateDir state, Children children, DbSettings db) {
    this.state = state;
    this.children = children;
    this.db = db;
  }

  /** Returns a line saying which PostgreSQL is used. */
  public String start() {
    if (!db.local() || Health.listening(db.port())) {
      useExisting();
      return "PostgreSQL already running on " + db.host() + ":" + db.port() + " (used as it is)";
    }
    Path log = state.freshLog(PART);
    Child child = children.start(Layer.DATABASE, PART, command(), state.root(), Map.of(), log);
    Health.await(
        PART, "PostgreSQL accepts connections", START_TIMEOUT, child, this::superuserCanConnect);
    try (Connection connection = Databases.connect(db, "postgres", "")) {
      Databases.ensureAsSuperuser(connection, db);
    } catch (SQLException e) {
      throw new LaunchException(
          PART, log, "could not create the role and databases: " + e.getMessage(), e);
    }
    return "PostgreSQL (embedded) on 127.0.0.1:" + db.port() + ", data in " + state.show(dataDir());
  }

  private void useExisting() {
    try (Connection connection = Databases.connect(db, db.user(), db.password())) {
      List<String> created = Databases.ensureAsUser(connection, db);
      if (!created.isEmpty()) {
        System.out.println("  created databases " + created + " in the running PostgreSQL");
      }
    } catch (SQLException | IllegalStateException e) {
      throw new LaunchException(
          PART,
          null,
          "PostgreSQL is already running on "
              + db.host()
              + ":"
              + db.port()
              + " but cannot be used as user '"
              + db.user()
              + "' (set COPRODUCE_DB_USER / COPRODUCE_DB_PASSWORD, and give that user CREATEDB and"
              + " CREATEROLE, or create the databases "
              + Databases.NAMES
              + " and payment-service's login role '"
              + db.paymentUser()
              + "' (COPRODUCE_PAYMENT_DB_USER / COPRODUCE_PAYMENT_DB_PASSWORD)): "
              + e.getMessage(),
          e);
    }
  }

  private boolean superuserCanConnect() {
    try (Connection ignored = Databases.connect(db, "postgres", "")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private List<String> command() {
    return JavaCommand.main(
        // The first start unpacks the PostgreSQL binaries (an xz archive read in memory): 64 MB of
        // heap was not enough for that, and only a clone that had never run the tests showed it.
        List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
        System.getProperty("java.class.path"),
        Guarded.class.getName(),
        PostgresMain.class.getName(),
        Integer.toString(db.port()),
        dataDir().toString(),
        binariesDir().toString());
  }

  /**
   * The unpacked binaries live in the clone's own state rather than the shared temp folder, so a
   * fresh clone always unpacks them itself and a first run is what every run on a new machine is.
   */
  private Path binariesDir() {
    return state.resolve("postgres-binaries");
  }

  private Path dataDir() {
    return state.resolve("postgres");
  }
}
