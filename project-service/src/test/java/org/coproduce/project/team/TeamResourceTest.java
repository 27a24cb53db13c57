package org.coproduce.project.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coproduce.events.EventCodec;
import org.coproduce.events.TeamMemberSelected;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {
  static final String LEAD = Tokens.of("lena.lead", "qi-lead");
  static final String KAFKA = SharedKafkaResource.bootstrapServers();

  static UUID project() {
    String id =
        given()
            .auth()
            .oauth2(LEAD)
            .contentType(ContentType.JSON)
            .body(
                """
                {"title": "Kinder discharge letters", "aim": "Nine in ten letters understood by March 2027"}
                """)
            .post("/api/v1/projects")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return UUID.fromString(id);
  }

  static TeamMemberSelected selected(UUID projectId, UUID personId, String level) {
    return new TeamMemberSelected(
        UUID.randomUUID(), UUID.randomUUID(), projectId, personId, "CARER", level);
  }

  static String envelopeOf(TeamMemberSelected selected) {
    return EventCodec.write(
        EventCodec.envelope(
            selected, UUID.randomUUID(), Instant.now(), "involvement-service", "test"));
  }

  static void publish(String key, String message) {
    KafkaProbe.send(KAFKA, Topics.INVOLVEMENT_EVENTS, key, message);
  }

  static List<Map<String, Object>> team(UUID projectId) {
    return given()
        .auth()
        .oauth2(LEAD)
        .queryParam("limit", 100)
        .get("/api/v1/projects/{id}/team", projectId)
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  static boolean onTeam(UUID projectId, UUID personId) {
    return team(projectId).stream().anyMatch(m -> personId.toString().equals(m.get("personId")));
  }

  @Test
  void aSelectedPersonJoinsTheProjectTeamByIdAndLevel() {
    UUID projectId = project();
    UUID personId = UUID.randomUUID();
    TeamMemberSelected selected = selected(projectId, personId, "BIG_I");
    publish(selected.aggregateId(), envelopeOf(selected));

    await().atMost(Duration.ofSeconds(30)).until(() -> onTeam(projectId, personId));
    given()
        .auth()
        .oauth2(Tokens.of("eve.executive", "executive"))
        .get("/api/v1/projects/{id}/team", projectId)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].personId", equalTo(personId.toString()))
        .body("items[0].memberKind", equalTo("CARER"))
        .body("items[0].involvementLevel", equalTo("BIG_I"))
        .body("items[0].accountId", nullValue())
        .body("items[0].sourceOpportunityId", equalTo(selected.opportunityId().toString()))
        .body("nextCursor", nullValue());
  }

  @Nested
  class Redelivery {
    @Test
    void aRedeliveredSelectionAddsThePersonOnce() {
      UUID projectId = project();
      UUID personId = UUID.randomUUID();
      TeamMemberSelected selected = selected(projectId, personId, "LITTLE_I");
      String message = envelopeOf(selected);
      publish(selected.aggregateId(), message);
      publish(selected.aggregateId(), message);
      // The same selection announced again under a new event id is still one selection.
      publish(selected.aggregateId(), envelopeOf(selected));
      // Handled after the copies on the same partition: once it is there, they were handled too.
      UUID marker = UUID.randomUUID();
      publish(selected.aggregateId(), envelopeOf(selected(projectId, marker, "BIG_I")));

      await().atMost(Duration.ofSeconds(30)).until(() -> onTeam(projectId, marker));
      assertThat(team(projectId))
          .filteredOn(m -> personId.toString().equals(m.get("personId")))
          .hasSize(1);
    }

    @Test
    void aSelectionForAnUnknownProjectIsDeadLetteredWithTheReason() {
      UUID unknownProject = UUID.randomUUID();
      TeamMemberSelected selected = selected(unknownProject, UUID.randomUUID(), "BIG_I");
      String message = envelopeOf(selected);
      publish(selected.aggregateId(), message);
      UUID projectId = project();
      UUID marker = UUID.randomUUID();
      publish(selected.aggregateId(), envelopeOf(selected(projectId, marker, "BIG_I")));

      await().atMost(Duration.ofSeconds(30)).until(() -> onTeam(projectId, marker));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> deadLetters().stream().anyMatch(r -> r.value().equals(message)));
      ConsumerRecord<String, String> parked =
          deadLetters().stream().filter(r -> r.value().equals(message)).findFirst().orElseThrow();
      String reason =
          new String(
              parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
      assertThat(reason).contains(unknownProject.toString()).contains("not known");
    }

    List<ConsumerRecord<String, String>> deadLetters() {
      return KafkaProbe.records(KAFKA, Topics.deadLetter(Topics.INVOLVEMENT_EVENTS));
    }
  }

  @Nested
  class Access {
    @Test
    void anUnknownProjectHasNoTeam() {
      given()
          .auth()
          .oauth2(Tokens.of("cora", "coordinator"))
          .get("/api/v1/projects/{id}/team", UUID.randomUUID())
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }

    @Test
    void volunteersAndFinanceMayNotListATeam() {
      UUID projectId = project();
      given()
          .auth()
          .oauth2(Tokens.volunteer("vic.volunteer", UUID.randomUUID()))
          .get("/api/v1/projects/{id}/team", projectId)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(Tokens.of("fiona.finance", "finance"))
          .get("/api/v1/projects/{id}/team", projectId)
          .then()
          .statusCode(403);
      given().get("/api/v1/projects/{id}/team", projectId).then().statusCode(401);
    }

    @Test
    void aLimitOverAHundredIsNamed() {
      given()
          .auth()
          .oauth2(LEAD)
          .queryParam("limit", 101)
          .get("/api/v1/projects/{id}/team", project())
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("limit"));
    }
  }
}
