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
  /** Superseded by version 2; still read from the topics and upcast (docs/adr/0004). */
  PARTICIPATION_RECORDED_V1(
      "ParticipationRecorded",
      1,
      "Participation",
      Topics.INVOLVEMENT_EVENTS,
      ParticipationRecordedV1.class),
  PARTICIPATION_RECORDED(
      "ParticipationRecorded",
      2,
      "Participation",
      Topics.INVOLVEMENT_EVENTS,
      ParticipationRecorded.class),
  PARTICIPATION_CORRECTED(
      "ParticipationCorrected",
      1,
      "Participation",
      Topics.INVOLVEMENT_EVENTS,
      ParticipationCorrected.class),
  ACTIVITY_PLANNED(
      "ActivityPlanned", 1, "Activity", Topics.INVOLVEMENT_EVENTS, ActivityPlanned.class),
  FEEDBACK_GIVEN("FeedbackGiven", 1, "Feedback", Topics.INVOLVEMENT_EVENTS, FeedbackGiven.class),
  ACTIVITY_EVALUATED(
      "ActivityEvaluated", 1, "Activity", Topics.INVOLVEMENT_EVENTS, ActivityEvaluated.class),
  PYRAMID_LEVEL_CHANGED(
      "PyramidLevelChanged", 1, "Person", Topics.INVOLVEMENT_EVENTS, PyramidLevelChanged.class),
  AMBASSADOR_ELECTED(
      "AmbassadorElected", 1, "Election", Topics.INVOLVEMENT_EVENTS, AmbassadorElected.class),
  CONTRIBUTION_RECORDED(
      "ContributionRecorded",
      1,
      "Contribution",
      Topics.INVOLVEMENT_EVENTS,
      ContributionRecorded.class),
  CONTRIBUTION_TOLD_BACK(
      "ContributionToldBack",
      1,
      "Contribution",
      Topics.INVOLVEMENT_EVENTS,
      ContributionToldBack.class),
  TEAM_MEMBER_SELECTED(
      "TeamMemberSelected", 1, "Selection", Topics.INVOLVEMENT_EVENTS, TeamMemberSelected.class),
  PERSON_ERASED("PersonErased", 1, "Person", Topics.INVOLVEMENT_EVENTS, PersonErased.class),
  PAYMENT_CLAIM_CREATED(
      "PaymentClaimCreated", 1, "Claim", Topics.PAYMENT_EVENTS, PaymentClaimCreated.class),
  PAYMENT_CLAIM_APPROVED(
      "PaymentClaimApproved", 1, "Claim", Topics.PAYMENT_EVENTS, PaymentClaimApproved.class),
  PAYMENT_CLAIM_REJECTED(
      "PaymentClaimRejected", 1, "Claim", Topics.PAYMENT_EVENTS, PaymentClaimRejected.class),
  PAYMENT_MADE("PaymentMade", 1, "Claim", Topics.PAYMENT_EVENTS, PaymentMade.class),
  PAYEE_DETAILS_CHANGED(
      "PayeeDetailsChanged", 1, "Payee", Topics.PAYMENT_EVENTS, PayeeDetailsChanged.class);

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
