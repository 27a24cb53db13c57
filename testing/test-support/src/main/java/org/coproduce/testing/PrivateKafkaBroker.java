package org.coproduce.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A broker of a test's own, in its own process, for fault tests that stop and start the broker. It
 * is the same broker program as the shared one; a restart keeps its data, as a real one would.
 */
public final class PrivateKafkaBroker {
  private final int port;
  private final Path dataDir;
  private Process process;

  public PrivateKafkaBroker() {
    try {
      this.port = freePortPair();
      this.dataDir = Files.createTempDirectory("coproduce-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public synchronized void start() {
    boolean restart = process != null;
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            "-cp",
            brokerClasspath(),
            "org.coproduce.testing.broker.KafkaBrokerMain",
            Integer.toString(port),
            dataDir.toString(),
            restart ? "keep" : "fresh");
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a private Kafka broker", e);
    }
    KafkaProbe.awaitBroker(bootstrapServers(), "The private Kafka broker did not start");
  }

  public synchronized void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String brokerClasspath() {
    Path module =
        Path.of(System.getProperty("coproduce.root", "../"), "testing", "kafka-broker", "target");
    try {
      String dependencies = Files.readString(module.resolve("broker.classpath")).trim();
      return module.resolve("classes") + File.pathSeparator + dependencies;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Build testing/kafka-broker first: its classpath file is missing in " + module, e);
    }
  }

  /** The broker uses the port and the next one (its controller). */
  private static int freePortPair() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int candidate;
      try (ServerSocket socket = new ServerSocket(0)) {
        candidate = socket.getLocalPort();
      }
      try (ServerSocket next = new ServerSocket(candidate + 1)) {
        return candidate;
      } catch (IOException taken) {
        // the controller port is taken: try another pair
      }
    }
    throw new IOException("No free pair of ports for a private broker");
  }
}
