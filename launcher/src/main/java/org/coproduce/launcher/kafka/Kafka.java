package org.coproduce.launcher.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A single-node KRaft broker on 127.0.0.1:19092 (controller 19093) from the project's own {@code
 * testing/kafka-broker}, with its data kept in {@code .coproduce/kafka}. The broker does not create
 * topics on first use: each service creates the contracts' topics at start (platform {@code
 * TopicSetup}), so the local run has the same topics, partitions and retention as the tests.
 */
public final class Kafka {
  public static final int PORT = 19092;
  private static final String PART = "kafka";
  private static final String MAIN = "org.coproduce.testing.broker.KafkaBrokerMain";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final StateDir state;
  private final Children children;

  public Kafka(StateDir state, Children children) {
    this.state = state;
    this.children = children;
  }

  public static String bootstrapServers() {
    return "127.0.0.1:" + PORT;
  }

  /** Returns a line saying which broker is used. */
  public String start() {
    if (Health.listening(PORT)) {
      return "Kafka already running on " + bootstrapServers() + " (used as it is)";
    }
    Path log = state.freshLog(PART);
    List<String> command =
        JavaCommand.main(
            List.of("-Xmx512m"),
            classpath(log),
            Guarded.class.getName(),
            MAIN,
            Integer.toString(PORT),
            dataDir().toString(),
            "keep");
    Child child = children.start(Layer.INFRASTRUCTURE, PART, command, state.root(), Map.of(), log);
    Health.awaitPort(PART, PORT, START_TIMEOUT, child);
    return "Kafka on " + bootstrapServers() + ", data in " + state.show(dataDir());
  }

  private String classpath(Path log) {
    Path module = state.root().resolve("testing/kafka-broker/target");
    Path classes = module.resolve("classes");
    Path dependencies = module.resolve("broker.classpath");
    if (!Files.isDirectory(classes) || !Files.exists(dependencies)) {
      throw new LaunchException(
          PART,
          log,
          "the broker is not built ("
              + state.show(dependencies)
              + " is missing): run ./mvnw install -DskipTests");
    }
    try {
      return String.join(
          java.io.File.pathSeparator,
          Guarded.location().toString(),
          classes.toString(),
          Files.readString(dependencies).trim());
    } catch (IOException e) {
      throw new LaunchException(PART, log, "cannot read " + dependencies, e);
    }
  }

  private Path dataDir() {
    return state.resolve("kafka");
  }
}
