package org.coproduce.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Spliterators;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The event contracts as the rest of the system relies on them: every contract has a schema that
 * matches its record, survives the round trip through {@link EventCodec}, tolerates fields added by
 * a newer producer and carries no personal data.
 */
class EventContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(VersionFlag.V202012);
  private static final SchemaValidatorsConfig ASSERT_FORMATS =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final String ENVELOPE_SCHEMA = "/schemas/EventEnvelope.v1.json";
  private static final UUID EVENT_ID = UUID.fromString("0f8e6f8c-3b7a-4c1e-9a53-1d2b3c4d5e6f");
  private static final Instant OCCURRED_AT = Instant.parse("2025-03-04T10:15:30.123Z");
  private static final List<String> PERSONAL_DATA_WORDS =
      List.of(
          "name",
          "email",
          "phone",
          "address",
          "bank",
          "sortCode",
          "account",
          "dateOfBirth",
          "comment",
          "text");

  private static final UUID PERSON = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  private static final UUID PROJECT = UUID.fromString("a3bb189e-8bf9-3888-9912-ace4e6543002");
  private static final UUID PARTICIPATION = UUID.fromString("16fd2706-8baf-433b-82eb-8c7fada847da");
  private static final UUID CONTRIBUTION = UUID.fromString("9b2e4c1a-5d3f-4e6a-8b7c-0d1e2f3a4b5c");
  private static final UUID ACTIVITY = UUID.fromString("5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e");
  private static final UUID SESSION = UUID.fromString("6e7f8091-a2b3-4c4d-9e5f-6a7b8c9d0e1f");

  /** One sample per contract; a contract added without one fails {@link #sample(Contract)}. */
  private static final Map<Contract, Event> SAMPLES =
      Stream.<Event>of(
              new ProjectCreated(PROJECT, "IDEA"),
              new PersonRegistered(PERSON, "CARER"),
              new PyramidLevelChanged(PERSON, "CO_PRODUCING", "INVOLVING"),
              new AmbassadorElected(
                  UUID.fromString("9b2f7c1e-5d4a-4e8b-8c3f-2a1b0c9d8e7f"),
                  PERSON,
                  LocalDate.of(2025, 4, 1),
                  LocalDate.of(2027, 4, 1)),
              new ContributionRecorded(CONTRIBUTION, PERSON, "IDEA"),
              new ContributionToldBack(CONTRIBUTION, Instant.parse("2025-04-01T09:30:00Z")),
              new TeamMemberSelected(
                  UUID.fromString("9b2f7c1e-5d4a-4e8b-8f3c-2a1b0c9d8e7f"),
                  UUID.fromString("3d6f4a2b-1c8e-4f7a-9b5d-6e2c1a0f9b8d"),
                  PROJECT,
                  PERSON,
                  "CARER",
                  "BIG_I"),
              new PersonErased(PERSON, OCCURRED_AT),
              new ParticipationRecordedV1(
                  PARTICIPATION,
                  PERSON,
                  PROJECT,
                  "FOCUS_GROUP",
                  LocalDate.of(2025, 3, 4),
                  new BigDecimal("2.5"),
                  "staff-account-42"),
              new ParticipationRecorded(
                  PARTICIPATION,
                  PERSON,
                  PROJECT,
                  "FOCUS_GROUP",
                  LocalDate.of(2025, 3, 4),
                  new BigDecimal("2.5"),
                  "staff-account-42",
                  ACTIVITY,
                  SESSION),
              new ParticipationCorrected(
                  UUID.fromString("9b2f1c3e-0d4a-4e5b-8c6d-7e8f9a0b1c2d"),
                  PARTICIPATION,
                  PERSON,
                  PROJECT,
                  "FOCUS_GROUP",
                  LocalDate.of(2025, 3, 4),
                  new BigDecimal("2.5"),
                  new BigDecimal("3"),
                  "staff-account-42"),
              new ActivityPlanned(ACTIVITY, PROJECT, null, "FOCUS_GROUP", "LITTLE_I"),
              new FeedbackGiven(
                  UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"),
                  SESSION,
                  ACTIVITY,
                  PROJECT,
                  4,
                  5),
              new ActivityEvaluated(ACTIVITY, null, 4, 5, 3, 4, 2),
              new PaymentClaimCreated(
                  UUID.fromString("e4eaaaf2-d142-11e1-b3e4-080027620cdd"),
                  PARTICIPATION,
                  PERSON,
                  5000L,
                  "2025-04"),
              new PaymentClaimApproved(
                  UUID.fromString("e4eaaaf2-d142-11e1-b3e4-080027620cdd"),
                  PERSON,
                  5000L,
                  "staff-account-7"),
              new PaymentClaimRejected(
                  UUID.fromString("e4eaaaf2-d142-11e1-b3e4-080027620cdd"),
                  PERSON,
                  -1000L,
                  "staff-account-7"),
              new PaymentMade(
                  UUID.fromString("e4eaaaf2-d142-11e1-b3e4-080027620cdd"),
                  UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                  PERSON,
                  UUID.fromString("16fd2706-8baf-433b-82eb-8c7fada847da"),
                  2000L,
                  Instant.parse("2026-11-20T10:15:30Z")),
              new PayeeDetailsChanged(
                  UUID.fromString("2b1c0d9e-8f7a-4b6c-9d5e-4f3a2b1c0d9e"),
                  PERSON,
                  "staff-account-7",
                  false,
                  true))
          .collect(Collectors.toMap(Contract::of, Function.identity()));

  @Nested
  class EveryContract {
    @ParameterizedTest
    @EnumSource(Contract.class)
    void hasASampleOfItsPayloadType(Contract contract) {
      assertThat(sample(contract)).isInstanceOf(contract.payloadType());
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void roundTripsThroughTheEnvelopeAndMatchesItsSchemas(Contract contract) {
      Event event = sample(contract);
      EventEnvelope envelope = envelopeOf(event);
      String json = EventCodec.write(envelope);

      JsonNode written = parse(json);
      assertThat(validate(ENVELOPE_SCHEMA, written)).isEmpty();
      assertThat(validate(contract.schemaPath(), written.get("payload"))).isEmpty();

      EventEnvelope read = EventCodec.read(json);
      assertThat(read).usingRecursiveComparison().ignoringFields("payload").isEqualTo(envelope);
      assertThat(read.type()).isEqualTo(contract.type());
      assertThat(read.version()).isEqualTo(contract.version());
      assertThat(read.aggregateId()).isEqualTo(event.aggregateId());
      assertThat(EventCodec.payload(read)).isEqualTo(EventCodec.newest(event));
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void readsAnEventWithFieldsItDoesNotKnow(Contract contract) {
      Event event = sample(contract);
      ObjectNode written = (ObjectNode) parse(EventCodec.write(envelopeOf(event)));
      written.put("traceParent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
      ObjectNode payload = (ObjectNode) written.get("payload");
      payload.put("addedInALaterRelease", true);
      payload.putObject("nestedAddition").put("level", 3);

      assertThat(validate(ENVELOPE_SCHEMA, written)).isEmpty();
      assertThat(validate(contract.schemaPath(), payload)).isEmpty();
      assertThat(EventCodec.payload(EventCodec.read(written.toString())))
          .isEqualTo(EventCodec.newest(event));
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void schemaRejectsAPayloadMissingARequiredField(Contract contract) {
      ObjectNode payload = samplePayload(contract);
      List<String> required = texts(schemaNode(contract.schemaPath()).get("required"));
      assertThat(required).as("required fields of %s", contract).isNotEmpty();

      for (String field : required) {
        ObjectNode incomplete = payload.deepCopy();
        incomplete.remove(field);
        assertThat(validate(contract.schemaPath(), incomplete))
            .as("%s without %s", contract.type(), field)
            .extracting(ValidationMessage::getType, ValidationMessage::getProperty)
            .containsExactly(tuple("required", field));
      }
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void schemaDescribesExactlyThePayloadRecord(Contract contract) {
      JsonNode schema = schemaNode(contract.schemaPath());
      List<String> components =
          Arrays.stream(contract.payloadType().getRecordComponents())
              .map(RecordComponent::getName)
              .toList();

      assertSelfDescribing(schema, contract.type(), contract.version());
      List<String> required =
          Arrays.stream(contract.payloadType().getRecordComponents())
              .filter(component -> !EventCodec.mayBeAbsent(component))
              .map(RecordComponent::getName)
              .toList();

      assertSelfDescribing(schema, contract.type(), contract.version());
      assertThat(fieldNames(schema.get("properties")))
          .containsExactlyInAnyOrderElementsOf(components);
      assertThat(texts(schema.get("required")))
          .as("%s: required in the schema exactly when not @MayBeAbsent in the record", contract)
          .containsExactlyInAnyOrderElementsOf(required);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void fieldsThatMayBeAbsentCanBeLeftOutOrNull(Contract contract) {
      List<String> optional =
          Arrays.stream(contract.payloadType().getRecordComponents())
              .filter(EventCodec::mayBeAbsent)
              .map(RecordComponent::getName)
              .toList();
      ObjectNode absent = samplePayload(contract);
      ObjectNode nulls = samplePayload(contract);
      optional.forEach(
          field -> {
            absent.remove(field);
            nulls.putNull(field);
          });

      for (ObjectNode payload : List.of(absent, nulls)) {
        assertThat(validate(contract.schemaPath(), payload)).isEmpty();
        Event read = EventCodec.payload(envelopeWith(contract, payload));
        for (RecordComponent component : read.getClass().getRecordComponents()) {
          if (optional.contains(component.getName())) {
            assertThat(valueOf(component, read)).as(component.getName()).isNull();
          }
        }
      }
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void onlyReferenceTypesMayBeAbsent(Contract contract) {
      assertThat(contract.payloadType().getRecordComponents())
          .filteredOn(EventCodec::mayBeAbsent)
          .noneMatch(component -> component.getType().isPrimitive());
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void aRequiredFieldThatIsNullIsMalformed(Contract contract) {
      for (String field : texts(schemaNode(contract.schemaPath()).get("required"))) {
        ObjectNode payload = samplePayload(contract);
        payload.putNull(field);

        assertThatThrownBy(() -> EventCodec.payload(envelopeWith(contract, payload)))
            .as("%s with %s null", contract.type(), field)
            .isInstanceOf(MalformedEventException.class)
            .hasMessageContaining(field);
      }
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void aSupersededVersionUpcastsToTheNextVersionOfItsType(Contract contract) {
      Event event = sample(contract);
      if (!(event instanceof Superseded older)) {
        assertThat(Contract.of(contract.type(), contract.version() + 1))
            .as("%s has a newer version, so its record must be Superseded", contract)
            .isEmpty();
        return;
      }
      Contract next = Contract.of(older.newer());
      assertThat(next.type()).isEqualTo(contract.type());
      assertThat(next.version()).isEqualTo(contract.version() + 1);
    }

    @ParameterizedTest
    @EnumSource(Contract.class)
    void payloadCarriesNoPersonalData(Contract contract) {
      assertThat(contract.payloadType().getRecordComponents())
          .extracting(RecordComponent::getName)
          .as("%s must carry ids and facts only (DESIGN.md, Events)", contract.type())
          .noneMatch(EventContractTest::suggestsPersonalData);
    }
  }

  @Nested
  class Envelope {
    @Test
    void schemaIsSelfDescribing() {
      assertSelfDescribing(schemaNode(ENVELOPE_SCHEMA), "EventEnvelope", 1);
    }

    @Test
    void schemaDescribesExactlyTheEnvelopeRecord() {
      List<String> components =
          Arrays.stream(EventEnvelope.class.getRecordComponents())
              .map(RecordComponent::getName)
              .toList();
      JsonNode schema = schemaNode(ENVELOPE_SCHEMA);

      assertThat(fieldNames(schema.get("properties")))
          .containsExactlyInAnyOrderElementsOf(components);
      assertThat(texts(schema.get("required"))).containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "eventId",
          "type",
          "version",
          "occurredAt",
          "producer",
          "aggregateType",
          "aggregateId",
          "correlationId",
          "payload"
        })
    void schemaRejectsAnEnvelopeMissingARequiredField(String field) {
      ObjectNode envelope = writtenSample();
      envelope.remove(field);

      assertThat(validate(ENVELOPE_SCHEMA, envelope))
          .extracting(ValidationMessage::getProperty)
          .containsExactly(field);
    }

    @Test
    void schemaRejectsAnEventIdThatIsNotAUuid() {
      ObjectNode envelope = writtenSample();
      envelope.put("eventId", "42");

      assertThat(validate(ENVELOPE_SCHEMA, envelope))
          .extracting(ValidationMessage::getType)
          .containsExactly("format");
    }

    @Test
    void schemaRejectsAnOccurredAtThatIsNotADateTime() {
      ObjectNode envelope = writtenSample();
      envelope.put("occurredAt", "2025-03-04");

      assertThat(validate(ENVELOPE_SCHEMA, envelope))
          .extracting(ValidationMessage::getType)
          .containsExactly("format");
    }

    @Test
    void everySchemaOnTheClasspathBelongsToAContractOrTheEnvelope() throws URISyntaxException {
      Set<String> expected =
          Stream.concat(
                  Stream.of(ENVELOPE_SCHEMA),
                  Arrays.stream(Contract.values()).map(Contract::schemaPath))
              .map(path -> path.substring(path.lastIndexOf('/') + 1))
              .collect(Collectors.toSet());
      Path schemas = Path.of(EventContractTest.class.getResource("/schemas").toURI());

      try (Stream<Path> files = Files.list(schemas)) {
        assertThat(files.map(file -> file.getFileName().toString()))
            .containsExactlyInAnyOrderElementsOf(expected);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Nested
  class PayloadRules {
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "24.01", "25"})
    void participationHoursOutsideAboveZeroToADayAreRejected(String hours) {
      ObjectNode payload = samplePayload(Contract.PARTICIPATION_RECORDED);
      payload.put("hours", new BigDecimal(hours));

      assertThat(validate(Contract.PARTICIPATION_RECORDED.schemaPath(), payload))
          .extracting(message -> message.getInstanceLocation().toString())
          .containsExactly("/hours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.25", "1", "24"})
    void participationHoursAboveZeroUpToADayAreAccepted(String hours) {
      ObjectNode payload = samplePayload(Contract.PARTICIPATION_RECORDED);
      payload.put("hours", new BigDecimal(hours));

      assertThat(validate(Contract.PARTICIPATION_RECORDED.schemaPath(), payload)).isEmpty();
    }

    @Test
    void participationDateMustBeADate() {
      ObjectNode payload = samplePayload(Contract.PARTICIPATION_RECORDED);
      payload.put("date", "04/03/2025");

      assertThat(validate(Contract.PARTICIPATION_RECORDED.schemaPath(), payload))
          .extracting(ValidationMessage::getType)
          .containsExactly("format");
    }

    @Test
    void toldBackAtMustBeADateTime() {
      ObjectNode payload = samplePayload(Contract.CONTRIBUTION_TOLD_BACK);
      payload.put("toldBackAt", "2025-04-01");

      assertThat(validate(Contract.CONTRIBUTION_TOLD_BACK.schemaPath(), payload))
          .extracting(ValidationMessage::getType)
          .containsExactly("format");
    }

    @Test
    void negativeClaimAmountIsRejected() {
      ObjectNode payload = samplePayload(Contract.PAYMENT_CLAIM_CREATED);
      payload.put("amountPence", -1);

      assertThat(validate(Contract.PAYMENT_CLAIM_CREATED.schemaPath(), payload))
          .extracting(ValidationMessage::getType)
          .containsExactly("minimum");
    }

    @Test
    void fractionalClaimAmountIsRejected() {
      ObjectNode payload = samplePayload(Contract.PAYMENT_CLAIM_CREATED);
      payload.put("amountPence", new BigDecimal("12.5"));

      assertThat(validate(Contract.PAYMENT_CLAIM_CREATED.schemaPath(), payload))
          .extracting(ValidationMessage::getType)
          .containsExactly("type");
    }

    @Test
    void teamMemberOfAnUnknownInvolvementLevelIsRejected() {
      ObjectNode payload = samplePayload(Contract.TEAM_MEMBER_SELECTED);
      payload.put("involvementLevel", "MEDIUM_I");

      assertThat(validate(Contract.TEAM_MEMBER_SELECTED.schemaPath(), payload))
          .extracting(ValidationMessage::getType)
          .containsExactly("enum");
    }

    @Test
    void idThatIsNotAUuidIsRejected() {
      ObjectNode payload = samplePayload(Contract.PROJECT_CREATED);
      payload.put("projectId", "project-1");

      assertThat(validate(Contract.PROJECT_CREATED.schemaPath(), payload))
          .extracting(ValidationMessage::getType)
          .containsExactly("format");
    }
  }

  @Nested
  class Versions {
    @Test
    void aVersion1ParticipationIsReadAsVersion2WithoutActivityOrSession() {
      ParticipationRecordedV1 v1 =
          (ParticipationRecordedV1) sample(Contract.PARTICIPATION_RECORDED_V1);
      String json = EventCodec.write(envelopeOf(v1));

      EventEnvelope read = EventCodec.read(json);
      assertThat(read.version()).isEqualTo(1);
      assertThat(EventCodec.payload(read))
          .isEqualTo(
              new ParticipationRecorded(
                  v1.participationId(),
                  v1.personId(),
                  v1.projectId(),
                  v1.activityType(),
                  v1.date(),
                  v1.hours(),
                  v1.recordedBy(),
                  null,
                  null));
    }

    @Test
    void version1StillRequiresAProject() {
      ObjectNode payload = samplePayload(Contract.PARTICIPATION_RECORDED_V1);
      payload.remove("projectId");

      assertThatThrownBy(
              () -> EventCodec.payload(envelopeWith(Contract.PARTICIPATION_RECORDED_V1, payload)))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("projectId");
    }

    @Test
    void aParticipationWithoutAProjectIsWrittenWithoutOne() {
      ParticipationRecorded noProject =
          new ParticipationRecorded(
              PARTICIPATION,
              PERSON,
              null,
              "TRAINING",
              LocalDate.of(2025, 3, 4),
              new BigDecimal("1"),
              "staff-account-42",
              ACTIVITY,
              SESSION);
      JsonNode written = parse(EventCodec.write(envelopeOf(noProject))).get("payload");

      assertThat(written.has("projectId")).isFalse();
      assertThat(validate(Contract.PARTICIPATION_RECORDED.schemaPath(), written)).isEmpty();
    }
  }

  @Nested
  class Reading {
    @Test
    void messageThatIsNotJsonIsMalformed() {
      assertThatThrownBy(() -> EventCodec.read("not json {"))
          .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void envelopeWithoutEventIdIsMalformed() {
      ObjectNode envelope = writtenSample();
      envelope.remove("eventId");

      assertThatThrownBy(() -> EventCodec.read(envelope.toString()))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("eventId");
    }

    @Test
    void unknownTypeIsMalformed() {
      ObjectNode envelope = writtenSample();
      envelope.put("type", "SomethingNobodyProduces");
      EventEnvelope read = EventCodec.read(envelope.toString());

      assertThatThrownBy(() -> EventCodec.payload(read))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("SomethingNobodyProduces");
    }

    @Test
    void unknownVersionOfAKnownTypeIsMalformed() {
      ObjectNode envelope = writtenSample();
      envelope.put("version", 99);
      EventEnvelope read = EventCodec.read(envelope.toString());

      assertThatThrownBy(() -> EventCodec.payload(read))
          .isInstanceOf(MalformedEventException.class)
          .hasMessageContaining("v99");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "displayName",
        "email",
        "phoneNumber",
        "postalAddress",
        "bankDetails",
        "sortCode",
        "accountNumber",
        "dateOfBirth",
        "comment",
        "freeText"
      })
  void personalDataGuardRecognisesPersonalFieldNames(String component) {
    assertThat(suggestsPersonalData(component)).isTrue();
  }

  private static Event sample(Contract contract) {
    Event sample = SAMPLES.get(contract);
    if (sample == null) {
      fail("Contract %s has no sample in EventContractTest.SAMPLES: add one", contract);
    }
    return sample;
  }

  private static EventEnvelope envelopeOf(Event event) {
    return EventCodec.envelope(event, EVENT_ID, OCCURRED_AT, "events-test", "request-1");
  }

  private static EventEnvelope envelopeWith(Contract contract, ObjectNode payload) {
    EventEnvelope sample = envelopeOf(sample(contract));
    return new EventEnvelope(
        sample.eventId(),
        sample.type(),
        sample.version(),
        sample.occurredAt(),
        sample.producer(),
        sample.aggregateType(),
        sample.aggregateId(),
        sample.correlationId(),
        payload);
  }

  private static Object valueOf(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode writtenSample() {
    return (ObjectNode) parse(EventCodec.write(envelopeOf(sample(Contract.PROJECT_CREATED))));
  }

  private static ObjectNode samplePayload(Contract contract) {
    return (ObjectNode) parse(EventCodec.write(envelopeOf(sample(contract)))).get("payload");
  }

  private static boolean suggestsPersonalData(String component) {
    String lower = component.toLowerCase(Locale.ROOT);
    return PERSONAL_DATA_WORDS.stream()
        .anyMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
  }

  private static void assertSelfDescribing(JsonNode schema, String type, int version) {
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText()).endsWith(":" + type + ":v" + version);
    assertThat(schema.path("title").asText()).isEqualTo(type);
    assertThat(schema.path("description").asText()).contains("personal data");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
    assertThat(schema.path("additionalProperties").booleanValue()).isTrue();
  }

  private static Set<ValidationMessage> validate(String schemaPath, JsonNode json) {
    return SCHEMAS.getSchema(schemaNode(schemaPath), ASSERT_FORMATS).validate(json);
  }

  private static JsonNode schemaNode(String path) {
    try (InputStream in = EventContractTest.class.getResourceAsStream(path)) {
      assertThat(in).as("schema %s on the classpath", path).isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> fieldNames(JsonNode object) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(object.fieldNames(), 0), false)
        .toList();
  }
}
