package org.coproduce.strategy.indicator;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.coproduce.events.MalformedEventException;
import org.coproduce.events.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the indicator projection from the topics: in one transaction that holds the totals lock,
 * it empties the totals and folds every event from the beginning of each topic up to its end at
 * that moment. Live consumption waits on the lock and carries on after, from where it was.
 */
@ApplicationScoped
public class IndicatorReplay {
  private static final Logger LOG = Logger.getLogger(IndicatorReplay.class);
  private static final List<String> TOPICS =
      List.of(Topics.PROJECT_EVENTS, Topics.INVOLVEMENT_EVENTS, Topics.PAYMENT_EVENTS);
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  private final IndicatorProjection projection;
  private final String bootstrapServers;

  public IndicatorReplay(
      IndicatorProjection projection,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.projection = projection;
    this.bootstrapServers = bootstrapServers;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  @TransactionConfiguration(timeout = 600)
  public IndicatorsView rebuild() {
    projection.resetForReplay();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<TopicPartition> partitions = partitions(consumer);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Replay did not reach the end of the topics in time");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
            fold(record);
          }
        }
      }
    }
    return projection.current();
  }

  private void fold(ConsumerRecord<String, String> record) {
    try {
      projection.apply(record.value());
    } catch (MalformedEventException e) {
      LOG.debugf(
          "Skipping %s-%d@%d in replay: it was parked as a dead letter",
          record.topic(), record.partition(), record.offset());
    }
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
    return TOPICS.stream()
        .flatMap(
            topic ->
                consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())))
        .toList();
  }

  private static boolean reached(
      KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream()
        .allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
  }

  private KafkaConsumer<String, String> consumer() {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "strategy-service-replay");
    return new KafkaConsumer<>(config);
  }
}
