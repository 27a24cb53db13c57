package org.coproduce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a service at the one Kafka broker the whole build shares. The broker is started by the
 * {@code testing/kafka-broker} module early in the reactor; this waits until it answers.
 */
public class SharedKafkaResource implements QuarkusTestResourceLifecycleManager {

  public static String bootstrapServers() {
    return "127.0.0.1:" + Integer.getInteger("coproduce.test.kafka.port", 29092);
  }

  @Override
  public Map<String, String> start() {
    String bootstrap = bootstrapServers();
    KafkaProbe.awaitBroker(
        bootstrap,
        "No Kafka broker at "
            + bootstrap
            + ". Run the tests from the repository root (./mvnw verify) or with"
            + " '-pl <module> -am', which starts the shared broker first.");
    return Map.of("kafka.bootstrap.servers", bootstrap);
  }

  @Override
  public void stop() {}
}
