package org.coproduce.launcher.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.Parallel;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.health.Health;
import org.coproduce.launcher.kafka.Kafka;
import org.coproduce.launcher.keycloak.Keycloak;
import org.coproduce.launcher.postgres.DbSettings;
import org.coproduce.launcher.process.Child;
import org.coproduce.launcher.process.Children;
import org.coproduce.launcher.process.JavaCommand;
import org.coproduce.launcher.process.Layer;
import org.coproduce.launcher.secrets.Secrets;

/**
 * Starts the services and the gateway from their built jars ({@code
 * <module>/target/quarkus-app/quarkus-run.jar}), all at once, and waits until each is ready. A
 * module that has not been built is skipped with a warning.
 */
public final class QuarkusApps {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final StateDir state;
  private final Children children;
  private final DbSettings db;
  private final Secrets secrets;

  public QuarkusApps(StateDir state, Children children, DbSettings db, Secrets secrets) {
    this.state = state;
    this.children = children;
    this.db = db;
    this.secrets = secrets;
  }

  /** Returns the applications that were started and are ready. */
  public List<QuarkusApp> start(List<QuarkusApp> apps) {
    List<QuarkusApp> runnable = new ArrayList<>();
    for (QuarkusApp app : apps) {
      if (Files.exists(app.jar(state.root()))) {
        runnable.add(app);
      } else {
        System.out.printf(
            "! skipping %s: %s is missing (build it with ./mvnw install -DskipTests)%n",
            app.name(), state.show(app.jar(state.root())));
      }
    }
    Parallel.run(runnable.stream().map(app -> (Runnable) () -> start(app)).toList());
    return runnable;
  }

  private void start(QuarkusApp app) {
    for (int port : new int[] {app.port(), app.managementPort()}) {
      if (Health.listening(port)) {
        throw new LaunchException(
            app.name(),
            null,
            "port "
                + port
                + " is already in use; stop whatever listens there (a previous bin/run?)");
      }
    }
    Path log = state.freshLog(app.name());
    List<String> command =
        JavaCommand.jar(
            List.of(
                "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.management.host=127.0.0.1"),
            app.jar(state.root()));
    Child child =
        children.start(
            Layer.APPLICATION,
            app.name(),
            command,
            state.root().resolve(app.module()),
            environment(app),
            log);
    Health.awaitHttpOk(app.name(), app.readiness(), START_TIMEOUT, child);
    System.out.printf("  %-20s ready on %s%n", app.name(), app.baseUrl());
  }

  /**
   * The same variables for every application (each reads what it needs); a secret only for the one
   * application that needs it.
   */
  private Map<String, String> environment(QuarkusApp app) {
    Map<String, String> env = new HashMap<>(db.asEnv());
    env.put("COPRODUCE_KAFKA", Kafka.bootstrapServers());
    env.put("COPRODUCE_OIDC_URL", Keycloak.REALM_URL);
    env.put("COPRODUCE_PROJECTS_URL", "http://127.0.0.1:8081");
    env.put("COPRODUCE_INVOLVEMENT_URL", "http://127.0.0.1:8082");
    env.put("COPRODUCE_PAYMENTS_URL", "http://127.0.0.1:8083");
    env.put("COPRODUCE_STRATEGY_URL", "http://127.0.0.1:8084");
    env.put("COPRODUCE_SPA_DIR", state.root().resolve("frontend/dist").toString());
    if (app.name().equals("gateway")) {
      env.put(Secrets.GATEWAY, secrets.gatewayClientSecret());
      env.put(Secrets.SESSION_KEY, secrets.sessionKey());
    }
    if (app.name().equals("payment-service")) {
      env.put(Secrets.BANK_DETAILS_KEY, secrets.bankDetailsKey());
    }
    return env;
  }
}
