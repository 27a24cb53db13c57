package org.coproduce.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.coproduce.events.EventCodec;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.MalformedEventException;
import org.coproduce.events.Topics;

/** Reads and writes raw Kafka records the way an outside observer of a topic would. */
public final class KafkaProbe {

  /** Waits until a broker answers at the address, or fails with the given explanation. */
  public static void awaitBroker(String bootstrapServers, String failure) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    try (Admin admin = Admin.create(config)) {
      Awaitility.await(failure)
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(() -> admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() > 0);
    }
  }

  /**
   * How many of the topic's records a consumer group has committed as consumed, over all its
   * partitions (a committed offset is the count of records before it).
   */
  public static long committed(String bootstrapServers, String groupId, String topic) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      return admin
          .listConsumerGroupOffsets(groupId)
          .partitionsToOffsetAndMetadata()
          .get(30, TimeUnit.SECONDS)
          .entrySet()
          .stream()
          .filter(entry -> entry.getKey().topic().equals(topic) && entry.getValue() != null)
          .mapToLong(entry -> entry.getValue().offset())
          .sum();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Reading the offsets of " + groupId + " failed", e);
    }
  }

  /**
   * The members of a consumer group that hold its partitions now: empty while the group rebalances
   * (or waits for a dead member's session to time out).
   */
  public static Set<String> activeMembers(String bootstrapServers, String groupId) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      ConsumerGroupDescription group =
          admin
              .describeConsumerGroups(List.of(groupId))
              .all()
              .get(30, TimeUnit.SECONDS)
              .get(groupId);
      if (group.groupState() != GroupState.STABLE) {
        return Set.of();
      }
      return group.members().stream()
          .filter(member -> !member.assignment().topicPartitions().isEmpty())
          .map(MemberDescription::consumerId)
          .collect(Collectors.toSet());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Describing " + groupId + " failed", e);
    }
  }

  /** Every record on the topic from its beginning up to now, in partition order. */
  public static List<ConsumerRecord<String, String>> records(
      String bootstrapServers, String topic) {
    try (KafkaConsumer<String, String> consumer = consumer(bootstrapServers)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<String, String>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!reached(consumer, end) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  /**
   * Every event on the topic so far, as an outside consumer would read it. Records that are not
   * events are skipped: topics are shared by the build, and some tests put poison on them on
   * purpose.
   */
  public static List<EventEnvelope> events(String bootstrapServers, String topic) {
    return records(bootstrapServers, topic).stream()
        .flatMap(record -> readable(record.value()).stream())
        .toList();
  }

  private static Optional<EventEnvelope> readable(String message) {
    try {
      return Optional.of(EventCodec.read(message));
    } catch (MalformedEventException notAnEvent) {
      return Optional.empty();
    }
  }

  /**
   * Creates the contracts' topics as a service does at start (three partitions, kept forever), for
   * a test or bench that writes to a topic before any service has run against the broker.
   */
  public static void createTopics(String bootstrapServers) {
    createTopics(
        bootstrapServers,
        Topics.all().stream()
            .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
            .toList());
  }

  /** Creates the topics that do not exist yet, with three partitions each, kept forever. */
  public static void createTopics(String bootstrapServers, List<String> topics) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing =
          topics.stream()
              .filter(topic -> !existing.contains(topic))
              .map(
                  topic ->
                      new NewTopic(topic, Optional.of(3), Optional.empty())
                          .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))
              .toList();
      admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Creating the topics failed", e);
    }
  }

  /** The topic's partition count and its settings as the broker has them. */
  public static Map.Entry<Integer, Map<String, String>> describe(
      String bootstrapServers, String topic) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(config)) {
      int partitions =
          admin
              .describeTopics(List.of(topic))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .get(topic)
              .partitions()
              .size();
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      Map<String, String> settings =
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get(30, TimeUnit.SECONDS)
              .get(resource)
              .entries()
              .stream()
              .filter(entry -> entry.value() != null)
              .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value));
      return Map.entry(partitions, settings);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Describing " + topic + " failed", e);
    }
  }

  /** Sends one raw record and waits until the broker has it. */
  public static void send(String bootstrapServers, String topic, String key, String value) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Sending to " + topic + " failed", e);
    }
  }

  /**
   * Sends records in the given order (per key, as one producer would) and waits until the broker
   * has them all.
   */
  public static void sendAll(
      String bootstrapServers, String topic, List<Map.Entry<String, String>> keyedValues) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
      List<Future<RecordMetadata>> sends = new ArrayList<>(keyedValues.size());
      for (Map.Entry<String, String> record : keyedValues) {
        sends.add(producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())));
      }
      for (Future<RecordMetadata> send : sends) {
        send.get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Sending to " + topic + " failed", e);
    }
  }

  private static boolean reached(
      KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream()
        .allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
  }

  private static KafkaConsumer<String, String> consumer(String bootstrapServers) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(config);
  }

  private KafkaProbe() {}
}
