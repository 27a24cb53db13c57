package org.coproduce.platform.messaging;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.coproduce.events.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates every topic of the contracts, and its dead-letter topic, with their partitions and
 * unlimited retention: projections are rebuilt by replaying the topics from the beginning, and
 * parked records wait for an operator. Every service does it at start (and again until it has
 * worked, if the broker is away), so the local run and the tests get the same topics; it changes
 * nothing that is already right.
 */
@ApplicationScoped
public class TopicSetup {
  private static final Logger LOG = Logger.getLogger(TopicSetup.class);
  private static final Map<String, String> KEEP_FOREVER =
      Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1");

  private final String bootstrapServers;
  private final int partitions;
  private volatile boolean done;

  public TopicSetup(
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "coproduce.topics.partitions") int partitions) {
    this.bootstrapServers = bootstrapServers;
    this.partitions = partitions;
  }

  /** Every topic the system uses. */
  public static List<String> all() {
    return Topics.all().stream().flatMap(t -> Stream.of(t, Topics.deadLetter(t))).toList();
  }

  void onStart(@Observes StartupEvent event) {
    ensure();
  }

  @Scheduled(every = "10s", delayed = "10s")
  void ensure() {
    if (done) {
      return;
    }
    try (Admin admin = Admin.create(adminConfig())) {
      create(admin);
      keepForever(admin);
      done = true;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.warnf("Creating the topics failed, trying again in 10 s: %s", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void create(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
    List<NewTopic> missing =
        all().stream()
            .filter(topic -> !existing.contains(topic))
            .map(
                topic ->
                    new NewTopic(topic, Optional.of(partitions), Optional.empty())
                        .configs(KEEP_FOREVER))
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    try {
      admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e; // another service created it at the same moment: that is fine
      }
    }
  }

  /** A topic made before (by auto-creation, or an older version) gets the retention too. */
  private void keepForever(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    Collection<AlterConfigOp> set =
        KEEP_FOREVER.entrySet().stream()
            .map(
                e ->
                    new AlterConfigOp(
                        new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
            .toList();
    Map<ConfigResource, Collection<AlterConfigOp>> changes =
        all().stream()
            .collect(
                Collectors.toMap(
                    topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic), topic -> set));
    admin.incrementalAlterConfigs(changes).all().get(10, TimeUnit.SECONDS);
  }

  private Properties adminConfig() {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "topic-setup");
    return config;
  }
}
