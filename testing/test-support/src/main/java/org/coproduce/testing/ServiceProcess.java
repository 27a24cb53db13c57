package org.coproduce.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A service run as the real thing: its packaged {@code quarkus-run.jar} in a process of its own,
 * for tests that kill it the way an operating system or an orchestrator would. The ports stay the
 * same across restarts and every run appends to one log file, so a failure can be read in order.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  private final Path jar;
  private final List<String> jvmOptions;
  private final Map<String, String> systemProperties;
  private final Map<String, String> environment;
  private final Path log;
  private final int port;
  private final int managementPort;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  private ServiceProcess(Builder builder) {
    this.jar = builder.jar;
    this.jvmOptions = List.copyOf(builder.jvmOptions);
    this.systemProperties = Map.copyOf(builder.systemProperties);
    this.environment = Map.copyOf(builder.environment);
    this.log = builder.log;
    this.port = freePort();
    this.managementPort = freePort();
  }

  /** A service from its packaged jar, e.g. {@code target/quarkus-app/quarkus-run.jar}. */
  public static Builder of(Path quarkusRunJar) {
    return new Builder(quarkusRunJar);
  }

  public static final class Builder {
    private final Path jar;
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx256m"));
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path log;

    private Builder(Path jar) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(
            "No packaged service at " + jar.toAbsolutePath() + ": run the package phase first");
      }
      this.jar = jar;
      this.log = jar.toAbsolutePath().getParent().getParent().resolve("service-process.log");
    }

    /** JVM options such as heap size; they replace the default, -Xmx256m. */
    public Builder jvmOptions(String... options) {
      jvmOptions.clear();
      jvmOptions.addAll(List.of(options));
      return this;
    }

    public Builder systemProperty(String name, String value) {
      systemProperties.put(name, value);
      return this;
    }

    public Builder systemProperties(Map<String, String> properties) {
      systemProperties.putAll(properties);
      return this;
    }

    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Where the process's output goes; every start appends to it. */
    public Builder log(Path file) {
      log = file;
      return this;
    }

    /** The process, not yet started; its log starts empty. */
    public ServiceProcess build() {
      try {
        Files.deleteIfExists(log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new ServiceProcess(this);
    }
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Where health and metrics are: the management port, apart from the API. */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort;
  }

  public Path log() {
    return log;
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** Starts the service and waits until it reports itself ready. */
  public synchronized ServiceProcess start() {
    if (isAlive()) {
      throw new IllegalStateException("The service is already running");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.management.port=" + managementPort);
    command.add("-Dquarkus.management.host=127.0.0.1");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + jar, e);
    }
    awaitReady();
    return this;
  }

  /** Kills the process at once (SIGKILL): no shutdown hooks, nothing flushed or committed. */
  public synchronized void kill() {
    if (isAlive()) {
      await(process.destroyForcibly());
    }
  }

  /** Asks the service to shut down gracefully (SIGTERM), killing it if it does not. */
  public synchronized void stop() {
    if (!isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the service again after {@link #kill} or {@link #stop}, on the same port. */
  public ServiceProcess restart() {
    stop();
    return start();
  }

  @Override
  public void close() {
    kill();
  }

  private void awaitReady() {
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      Awaitility.await("the service at " + baseUrl() + " to be ready")
          .atMost(READY_TIMEOUT)
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .failFast("the service exited; see " + log, () -> !process.isAlive())
          .until(
              () -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    } catch (ConditionTimeoutException e) {
      String exit = process.isAlive() ? "still running" : "exited " + process.exitValue();
      throw new IllegalStateException(
          "The service (" + exit + ") was not ready within " + READY_TIMEOUT + "; see " + log, e);
    }
  }

  private static void await(Process dying) {
    try {
      dying.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
