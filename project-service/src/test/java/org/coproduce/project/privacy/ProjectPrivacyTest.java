package org.coproduce.project.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.PersonErased;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectPrivacyTest {
  static final String COORDINATOR = Tokens.of("cora.coordinator", "coordinator");

  @Test
  void theExportOfSomeoneOnNoTeamHasAnEmptyTeamSection() {
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", UUID.randomUUID())
        .then()
        .statusCode(200)
        .body("service", equalTo("project-service"))
        .body("generatedAt", notNullValue())
        .body("erasedAt", nullValue())
        .body("sections.teamMembers", empty());
  }

  @Test
  void aVolunteerExportsTheirOwnButNotSomeoneElsesAndOtherStaffGet404() {
    UUID me = UUID.randomUUID();
    String token = Tokens.volunteer("vic.volunteer", me);

    given().auth().oauth2(token).get("/api/v1/subject-access/{id}", me).then().statusCode(200);
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/subject-access/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.of("lena.lead", "qi-lead"))
        .get("/api/v1/subject-access/{id}", me)
        .then()
        .statusCode(404);
  }

  @Test
  void personErasedErasesThePersonHereAndTheirOwnTokenFindsNothing() {
    UUID erin = UUID.randomUUID();
    KafkaProbe.send(
        SharedKafkaResource.bootstrapServers(),
        Topics.INVOLVEMENT_EVENTS,
        erin.toString(),
        EventCodec.write(
            EventCodec.envelope(
                new PersonErased(erin, Instant.now()),
                UUID.randomUUID(),
                Instant.now(),
                "involvement-service",
                "test")));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                given()
                        .auth()
                        .oauth2(COORDINATOR)
                        .get("/api/v1/subject-access/{id}", erin)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("erasedAt")
                    != null);
    given()
        .auth()
        .oauth2(Tokens.volunteer("erin.erased", erin))
        .get("/api/v1/subject-access/{id}", erin)
        .then()
        .statusCode(404);
  }
}
