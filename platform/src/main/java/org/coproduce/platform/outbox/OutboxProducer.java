package org.coproduce.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer: idempotent and acks=all, so a retried send never duplicates or loses
 * a record on the broker side. Created on first use so a service starts while the broker is away.
 */
@ApplicationScoped
public class OutboxProducer {
  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);

  private final String bootstrapServers;
  private KafkaProducer<String, String> producer;

  public OutboxProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
    return producer().send(record);
  }

  public Duration deliveryTimeout() {
    return DELIVERY_TIMEOUT;
  }

  private synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      Properties config = new Properties();
      config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
      config.put(ProducerConfig.ACKS_CONFIG, "all");
      config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
      config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
      config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
      config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
      config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
      config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
      producer = new KafkaProducer<>(config);
    }
    return producer;
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
