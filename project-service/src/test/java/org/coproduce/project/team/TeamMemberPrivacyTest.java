package org.coproduce.project.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.project.team.TeamResourceTest.envelopeOf;
import static org.coproduce.project.team.TeamResourceTest.onTeam;
import static org.coproduce.project.team.TeamResourceTest.project;
import static org.coproduce.project.team.TeamResourceTest.publish;
import static org.coproduce.project.team.TeamResourceTest.selected;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.PersonErased;
import org.coproduce.events.TeamMemberSelected;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A team member's part in subject access and erasure. */
@QuarkusTest
class TeamMemberPrivacyTest {
  static final String COORDINATOR = Tokens.of("cora.coordinator", "coordinator");

  /**
   * The build's broker is shared and its involvement topic only grows: a consumer may read a
   * backlog of other tests' events before it reaches this test's.
   */
  static final Duration CATCH_UP = Duration.ofMinutes(2);

  static UUID joined(UUID projectId, String level) {
    UUID personId = UUID.randomUUID();
    TeamMemberSelected selected = selected(projectId, personId, level);
    publish(selected.aggregateId(), envelopeOf(selected));
    await().atMost(CATCH_UP).until(() -> onTeam(projectId, personId));
    return personId;
  }

  static void erase(UUID personId) {
    publish(
        personId.toString(),
        EventCodec.write(
            EventCodec.envelope(
                new PersonErased(personId, Instant.now()),
                UUID.randomUUID(),
                Instant.now(),
                "involvement-service",
                "test")));
    await()
        .atMost(CATCH_UP)
        .until(
            () ->
                given()
                        .auth()
                        .oauth2(COORDINATOR)
                        .get("/api/v1/subject-access/{id}", personId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("erasedAt")
                    != null);
  }

  @Test
  void theExportListsThePersonsTeamsAndNoOneElses() {
    UUID projectId = project();
    UUID tam = joined(projectId, "BIG_I");
    UUID other = joined(projectId, "LITTLE_I");

    String export =
        given()
            .auth()
            .oauth2(Tokens.volunteer("tam.member", tam))
            .get("/api/v1/subject-access/{id}", tam)
            .then()
            .statusCode(200)
            .body("sections.teamMembers", hasSize(1))
            .body("sections.teamMembers[0].personId", equalTo(tam.toString()))
            .body("sections.teamMembers[0].projectId", equalTo(projectId.toString()))
            .body("sections.teamMembers[0].involvementLevel", equalTo("BIG_I"))
            .extract()
            .asString();
    assertThat(export).doesNotContain(other.toString());
  }

  @Test
  void erasureKeepsTheMembershipAgainstTheSameId() {
    UUID projectId = project();
    UUID erin = joined(projectId, "BIG_I");

    erase(erin);

    assertThat(onTeam(projectId, erin)).isTrue();
    given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/subject-access/{id}", erin)
        .then()
        .statusCode(200)
        .body("sections.teamMembers", hasSize(1))
        .body("sections.teamMembers[0].projectId", equalTo(projectId.toString()));
  }

  @Test
  void aSelectionArrivingAfterTheErasureAddsNobody() {
    UUID projectId = project();
    UUID late = UUID.randomUUID();
    erase(late);

    TeamMemberSelected selected = selected(projectId, late, "BIG_I");
    publish(projectId.toString(), envelopeOf(selected));
    // Handled after the selection on the same partition: once it is there, so was the selection.
    UUID marker = UUID.randomUUID();
    publish(projectId.toString(), envelopeOf(selected(projectId, marker, "BIG_I")));

    await().atMost(CATCH_UP).until(() -> onTeam(projectId, marker));
    assertThat(onTeam(projectId, late)).isFalse();
  }
}
