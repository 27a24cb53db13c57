package org.coproduce.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event contract there is: its type and version, the aggregate it belongs to, its topic, its
 * payload record and its JSON Schema. A breaking change adds a new version here; the old one stays
 * so consumers keep accepting it.
 */
public enum Contract {
  PROJECT_CREATED("ProjectCreated", 1, "Project", Topics.PROJECT_EVENTS, ProjectCreated.class),
  PERSON_REGISTERED(
      "PersonRegistered", 1, "Person", Topics.INVOLVEMENT_EVENTS, PersonRegistered.class),
  PARTICIPATION_RECORDED(
      "ParticipationRecorded",
      1,
      "Participation",
      Topics.INVOLVEMENT_EVENTS,
      ParticipationRecorded.class),
  PYRAMID_LEVEL_CHANGED(
      "PyramidLevelChanged", 1, "Person", Topics.INVOLVEMENT_EVENTS, PyramidLevelChanged.class),
  PERSON_ERASED("PersonErased", 1, "Person", Topics.INVOLVEMENT_EVENTS, PersonErased.class),
  PAYMENT_CLAIM_CREATED(
      "PaymentClaimCreated", 1, "Claim", Topics.PAYMENT_EVENTS, PaymentClaimCreated.class);

  private final String type;
  private final int version;
  private final String aggregateType;
  private final String topic;
  private final Class<? extends Event> payloadType;

  Contract(
      String type,
      int version,
      String aggregateType,
      String topic,
      Class<? extends Event> payloadType) {
    this.type = type;
    this.version = version;
    this.aggregateType = aggregateType;
    this.topic = topic;
    this.payloadType = payloadType;
  }

  public static Contract of(Event event) {
    return Arrays.stream(values())
        .filter(contract -> contract.payloadType == event.getClass())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No contract for " + event.getClass()));
  }

  public static Optional<Contract> of(String type, int version) {
    return Arrays.stream(values())
        .filter(contract -> contract.type.equals(type) && contract.version == version)
        .findFirst();
  }

  public String type() {
    return type;
  }

  public int version() {
    return version;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public String topic() {
    return topic;
  }

  public Class<? extends Event> payloadType() {
    return payloadType;
  }

  /** Classpath location of the JSON Schema of this contract's payload. */
  public String schemaPath() {
    return "/schemas/" + type + ".v" + version + ".json";
  }
}
