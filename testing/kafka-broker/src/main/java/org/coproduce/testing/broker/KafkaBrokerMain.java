package org.coproduce.testing.broker;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Runs a real single-node KRaft broker on 127.0.0.1 until the process is stopped.
 *
 * <p>Arguments: {@code <port> <data dir> [keep]}. The controller listens on port + 1. The data
 * directory is wiped and formatted unless {@code keep} is given and it is already formatted, which
 * is how a restarted broker keeps its topics. If something already listens on the port the broker
 * is assumed to be running and this process exits quietly.
 */
public final class KafkaBrokerMain {

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    boolean keep = args.length > 2 && "keep".equals(args[2]);
    if (listening(port)) {
      System.out.println("A broker already listens on 127.0.0.1:" + port + "; using it.");
      return;
    }
    Path properties = dataDir.resolve("server.properties");
    Path logs = dataDir.resolve("logs");
    if (!(keep && Files.exists(logs.resolve("meta.properties")))) {
      wipe(dataDir);
      Files.createDirectories(logs);
      Files.writeString(properties, serverProperties(port, logs));
      int formatted =
          StorageTool.execute(
              new String[] {
                "format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString()
              },
              new PrintStream(System.out));
      if (formatted != 0) {
        throw new IllegalStateException("Formatting the Kafka storage failed: " + formatted);
      }
    }
    kafka.Kafka.main(new String[] {properties.toString()});
  }

  static String serverProperties(int port, Path logs) {
    int controllerPort = port + 1;
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + logs,
        "num.partitions=3",
        // topics are made by the services at start (platform TopicSetup) with their partitions and
        // retention, never by a first producer or consumer with the broker's defaults
        "auto.create.topics.enable=false",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=3",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void wipe(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private KafkaBrokerMain() {}
}
