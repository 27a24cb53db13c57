package org.coproduce.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.coproduce.launcher.app.QuarkusApp;
import org.coproduce.launcher.app.QuarkusApps;
import org.coproduce.launcher.demo.DemoData;
import org.coproduce.launcher.kafka.Kafka;
import org.coproduce.launcher.keycloak.Keycloak;
import org.coproduce.launcher.postgres.DbSettings;
import org.coproduce.launcher.postgres.Postgres;
import org.coproduce.launcher.process.Children;
import org.coproduce.launcher.process.RunRecord;
import org.coproduce.launcher.secrets.Secrets;

/**
 * Starts the whole of Coproduce on this machine (bin/run): PostgreSQL, Kafka and Keycloak at the
 * same time, then the services and the gateway at the same time, then the demo data once; prints
 * the URL and the demo logins and stays until Ctrl-C. A shutdown hook stops what this run started,
 * newest first, and nothing else.
 */
public final class Launcher {
  private static final List<String> DEMO_LOGINS =
      List.of(
          "lena.lead         qi-lead",
          "cora.coordinator  coordinator",
          "val.volunteer     volunteer",
          "fiona.finance     finance",
          "frank.finance     finance (a second finance officer)",
          "eve.executive     executive",
          "ada.admin         admin",
          "(a second per role for cross-user tests: leo.lead, colin.coordinator, vic.volunteer,",
          " fred.finance, ed.executive, alan.admin)");

  private final StateDir state;
  private final RunRecord record;
  private final Children children;
  private final DbSettings db = DbSettings.fromEnvironment();

  Launcher(StateDir state) {
    this.state = state;
    this.record = new RunRecord(state.resolve("run.pids"));
    this.children = new Children(record);
  }

  public static void main(String[] args) throws InterruptedException {
    Path root = Path.of(System.getProperty("coproduce.root", "."));
    if (!Files.exists(root.resolve("deploy/keycloak/coproduce-realm.json"))) {
      System.err.println("Run this from the repository root (or use bin/run).");
      System.exit(2);
    }
    Launcher launcher = new Launcher(StateDir.under(root));
    Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stop"));
    try {
      launcher.start();
    } catch (LaunchException e) {
      launcher.report(e);
      System.exit(1);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.err.println(
          "FAILED: the launcher: " + e.getMessage() + "\nStopping what was started.");
      System.exit(1);
    }
    Thread.currentThread().join();
  }

  void start() {
    long began = System.nanoTime();
    Secrets secrets = Secrets.loadOrCreate(state.resolve("secrets.env"));
    System.out.println("Starting Coproduce (state in " + state.show(state.dir()) + ")");
    record.stopLeftovers();
    String[] infrastructure = new String[3];
    Parallel.run(
        List.of(
            () -> infrastructure[0] = new Postgres(state, children, db).start(),
            () -> infrastructure[1] = new Kafka(state, children).start(),
            () -> infrastructure[2] = new Keycloak(state, children, secrets).start()));
    for (String line : infrastructure) {
      System.out.println("  " + line);
    }
    List<QuarkusApp> apps = new QuarkusApps(state, children, db, secrets).start(QuarkusApp.ALL);
    System.out.println("  " + new DemoData(state, apps).loadOnce());
    printWelcome(apps, secrets, Duration.ofNanos(System.nanoTime() - began));
  }

  private void printWelcome(List<QuarkusApp> apps, Secrets secrets, Duration took) {
    boolean gateway = apps.stream().anyMatch(app -> app.name().equals("gateway"));
    System.out.println();
    System.out.printf("Coproduce is running (started in %d s).%n%n", took.toSeconds());
    System.out.println(
        gateway
            ? "  Open http://127.0.0.1:8080 and sign in as one of these demo users:"
            : "  The gateway is not built, so there is no web app yet; the services answer directly. Demo users:");
    DEMO_LOGINS.forEach(login -> System.out.println("    " + login));
    System.out.println(
        "  Every demo password is \"demo\" (demo only: never use these accounts outside this machine).");
    System.out.println();
    System.out.println(
        "  Third-party client: partner-system, secret in " + state.show(secrets.file()));
    System.out.println(
        "  Keycloak admin:     "
            + Keycloak.BASE_URL
            + "/admin ("
            + Keycloak.ADMIN_USER
            + "/"
            + Keycloak.ADMIN_PASSWORD
            + ")");
    System.out.println("  Logs:               " + state.show(state.logs()) + "/<name>.log");
    System.out.println();
    System.out.println("Press Ctrl-C to stop everything this command started.");
  }

  private void report(LaunchException e) {
    System.err.println();
    System.err.println("FAILED: " + e.part() + ": " + e.getMessage());
    e.log()
        .ifPresent(
            log -> System.err.println("  log: " + state.show(log) + "\n" + LogTail.of(log, 20)));
    System.err.println("Stopping what was started.");
  }

  private void stop() {
    System.out.println();
    System.out.println("Stopping Coproduce...");
    children.stopAll();
    System.out.println("Stopped.");
  }
}
