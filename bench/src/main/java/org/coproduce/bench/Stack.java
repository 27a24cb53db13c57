package org.coproduce.bench;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.Parallel;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.health.Health;
import org.coproduce.launcher.postgres.DbSettings;
import org.coproduce.launcher.postgres.Postgres;
import org.coproduce.launcher.process.Child;
import org.coproduce.launcher.process.Children;
import org.coproduce.launcher.process.Guarded;
import org.coproduce.launcher.process.JavaCommand;
import org.coproduce.launcher.process.Layer;
import org.coproduce.launcher.process.RunRecord;

/**
 * What a benchmark run needs, all on free ports and started fresh in {@code bench/target/state}:
 * embedded PostgreSQL and a Kafka broker (the launcher's own way of starting them), the test OIDC
 * server in this process, and payment-service from its built jar with the same heap bin/run gives
 * it. Closing stops what was started, newest first.
 */
final class Stack implements AutoCloseable {
  static final String SERVICE = "payment-service";
  private static final String BROKER_MAIN = "org.coproduce.testing.broker.KafkaBrokerMain";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final Path root;
  private final StateDir state;
  private final Children children;
  private final DbSettings db;
  private final int kafkaPort;
  private final int httpPort;
  private final int managementPort;
  private final String bankDetailsKey = newKey();
  private final OidcWiremockTestResource oidc = new OidcWiremockTestResource();
  private String oidcUrl;
  private Child service;

  Stack(Path root) {
    this.root = root;
    this.state = new StateDir(root, root.resolve("bench/target/state"));
    RunRecord record = new RunRecord(state.resolve("run.pids"));
    record.stopLeftovers();
    wipe(state.dir());
    this.children = new Children(record);
    this.db = new DbSettings("127.0.0.1", freePort(), "coproduce", "coproduce");
    this.kafkaPort = freePortPair();
    this.httpPort = freePort();
    this.managementPort = freePort();
  }

  /** PostgreSQL, the broker and the OIDC server, at the same time. */
  void startInfrastructure() {
    Parallel.run(
        List.of(
            () -> new Postgres(state, children, db).start(),
            this::startKafka,
            () -> oidcUrl = oidc.start().get("keycloak.url") + "/realms/quarkus/"));
  }

  void startService() {
    Path jar = root.resolve("payment-service/target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new LaunchException(SERVICE, null, jar + " is missing: build with bench/run");
    }
    Map<String, String> env = new HashMap<>(db.asEnv());
    env.put("COPRODUCE_KAFKA", kafka());
    env.put("COPRODUCE_OIDC_URL", oidcUrl);
    env.put("COPRODUCE_BANK_DETAILS_KEY", bankDetailsKey);
    List<String> command =
        JavaCommand.jar(
            List.of(
                "-Xmx256m",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + httpPort,
                "-Dquarkus.management.port=" + managementPort),
            jar);
    service =
        children.start(
            Layer.APPLICATION,
            SERVICE,
            command,
            root.resolve("payment-service"),
            env,
            state.freshLog(SERVICE));
    Health.awaitHttpOk(
        SERVICE,
        URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"),
        START_TIMEOUT,
        service);
  }

  String kafka() {
    return "127.0.0.1:" + kafkaPort;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  /** The running service, so a wait on it stops when it dies. */
  Child service() {
    return service;
  }

  long servicePid() {
    return service.pid();
  }

  Path serviceLog() {
    return service.log();
  }

  /** A connection to payment-service's database, as the service's own user. */
  Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + db.port() + "/payment", db.user(), db.password());
  }

  @Override
  public void close() {
    children.stopAll();
    oidc.stop();
  }

  private void startKafka() {
    Path log = state.freshLog("kafka");
    Path module = root.resolve("testing/kafka-broker/target");
    String classpath;
    try {
      classpath =
          String.join(
              File.pathSeparator,
              Guarded.location().toString(),
              module.resolve("classes").toString(),
              Files.readString(module.resolve("broker.classpath")).trim());
    } catch (IOException e) {
      throw new LaunchException("kafka", log, "the broker is not built: run bench/run", e);
    }
    List<String> command =
        JavaCommand.main(
            List.of("-Xmx512m"),
            classpath,
            Guarded.class.getName(),
            BROKER_MAIN,
            Integer.toString(kafkaPort),
            state.resolve("kafka").toString());
    Child broker =
        children.start(Layer.INFRASTRUCTURE, "kafka", command, state.root(), Map.of(), log);
    Health.awaitPort("kafka", kafkaPort, START_TIMEOUT, broker);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A free port whose next one is free too: the broker's controller listens there. */
  private static int freePortPair() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = freePort();
      if (port < 65535 && !Health.listening(port + 1)) {
        return port;
      }
    }
    throw new IllegalStateException("No two free ports in a row");
  }

  private static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static void wipe(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear " + dir, e);
    }
  }
}
