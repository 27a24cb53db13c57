package org.coproduce.project.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectResourceTest {
  static final String LEAD = Tokens.of("lena.lead", "qi-lead");

  static String newProject(String title, String lifeQiCode) {
    return """
        {"title": "%s", "aim": "Cut missed appointments from 18%% to 10%% by March 2027"%s}
        """
        .formatted(title, lifeQiCode == null ? "" : ", \"lifeQiCode\": \"" + lifeQiCode + "\"");
  }

  static String create(String body, String requestId) {
    return given()
        .auth()
        .oauth2(LEAD)
        .header("X-Request-Id", requestId)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/projects")
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", notNullValue())
        .extract()
        .path("id");
  }

  static List<EventEnvelope> projectEvents() {
    return KafkaProbe.events(SharedKafkaResource.bootstrapServers(), Topics.PROJECT_EVENTS);
  }

  @Test
  void createdProjectCanBeReadBack() {
    String id = create(newProject("Fewer missed appointments", null), UUID.randomUUID().toString());

    given()
        .auth()
        .oauth2(Tokens.of("cora", "coordinator"))
        .get("/api/v1/projects/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("title", equalTo("Fewer missed appointments"))
        .body("status", equalTo("IDEA"));
  }

  @Test
  void listIsPagedNewestFirstWithACursor() {
    String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);
    String first = create(newProject("Paging one", code + "-1"), UUID.randomUUID().toString());
    String second = create(newProject("Paging two", code + "-2"), UUID.randomUUID().toString());

    String cursor =
        given()
            .auth()
            .oauth2(LEAD)
            .queryParam("limit", 1)
            .get("/api/v1/projects")
            .then()
            .statusCode(200)
            .body("items", hasSize(1))
            .body("items[0].id", equalTo(second))
            .extract()
            .path("nextCursor");

    given()
        .auth()
        .oauth2(LEAD)
        .queryParam("limit", 1)
        .queryParam("cursor", cursor)
        .get("/api/v1/projects")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(first));
  }

  @Nested
  class Events {
    @Test
    void eachCreatedProjectIsPublishedExactlyOnce() {
      String id = create(newProject("Published once", null), UUID.randomUUID().toString());

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> projectEvents().stream().anyMatch(e -> e.aggregateId().equals(id)));
      await()
          .during(Duration.ofSeconds(2))
          .atMost(Duration.ofSeconds(5))
          .until(
              () -> projectEvents().stream().filter(e -> e.aggregateId().equals(id)).count() == 1);

      EventEnvelope event =
          projectEvents().stream()
              .filter(e -> e.aggregateId().equals(id))
              .findFirst()
              .orElseThrow();
      assertThat(event.type()).isEqualTo("ProjectCreated");
      assertThat(event.producer()).isEqualTo("project-service");
      assertThat(event.payload().get("projectId").asText()).isEqualTo(id);
      assertThat(event.payload().has("title")).as("no free text in events").isFalse();
    }

    @Test
    void aRolledBackCreationPublishesNothing() {
      String code = "LQI-" + UUID.randomUUID().toString().substring(0, 8);
      create(newProject("First with the code", code), UUID.randomUUID().toString());
      String refusedRequest = UUID.randomUUID().toString();

      given()
          .auth()
          .oauth2(LEAD)
          .header("X-Request-Id", refusedRequest)
          .contentType(ContentType.JSON)
          .body(newProject("Second with the same code", code))
          .post("/api/v1/projects")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("lifeQiCode"));

      // The relay publishes in commit order: once a later project's event is out, an event of the
      // refused request would be out too, had its transaction committed.
      String marker = create(newProject("Marker", null), UUID.randomUUID().toString());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> projectEvents().stream().anyMatch(e -> e.aggregateId().equals(marker)));
      assertThat(projectEvents()).noneMatch(e -> refusedRequest.equals(e.correlationId()));
    }
  }

  @Nested
  class Refusals {
    @Test
    void invalidFieldsAreNamedInProblemJson() {
      given()
          .auth()
          .oauth2(LEAD)
          .contentType(ContentType.JSON)
          .body("{\"title\": \"  \", \"aim\": \"An aim\"}")
          .post("/api/v1/projects")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400))
          .body("errors[0].field", equalTo("title"));
    }

    @Test
    void aBodyOfTheWrongShapeNamesTheField() {
      given()
          .auth()
          .oauth2(LEAD)
          .contentType(ContentType.JSON)
          .body("{\"title\": \"T\", \"aim\": \"A\", \"status\": \"DREAMING\"}")
          .post("/api/v1/projects")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("status"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
      given()
          .auth()
          .oauth2(LEAD)
          .contentType(ContentType.JSON)
          .body("{\"title\": ")
          .post("/api/v1/projects")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("title", equalTo("Invalid request"));
    }

    @Test
    void badPagingAndFiltersAreNamed() {
      given()
          .auth()
          .oauth2(LEAD)
          .queryParam("limit", 101)
          .get("/api/v1/projects")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("limit"));
      given()
          .auth()
          .oauth2(LEAD)
          .queryParam("cursor", "not-a-cursor")
          .get("/api/v1/projects")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("cursor"));
      given()
          .auth()
          .oauth2(LEAD)
          .queryParam("status", "dreaming")
          .get("/api/v1/projects")
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("status"));
    }

    @Test
    void anUnknownProjectIsNotFound() {
      given()
          .auth()
          .oauth2(LEAD)
          .get("/api/v1/projects/{id}", UUID.randomUUID())
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("title", equalTo("Not found"));
    }

    @Test
    void noTokenIsUnauthorized() {
      given().get("/api/v1/projects").then().statusCode(401);
      given()
          .contentType(ContentType.JSON)
          .body(newProject("x", null))
          .post("/api/v1/projects")
          .then()
          .statusCode(401);
    }

    @Test
    void theWrongRoleIsForbidden() {
      given()
          .auth()
          .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
          .contentType(ContentType.JSON)
          .body(newProject("Not mine to start", null))
          .post("/api/v1/projects")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", startsWith("Your role"));
      given()
          .auth()
          .oauth2(Tokens.of("fin", "finance"))
          .get("/api/v1/projects")
          .then()
          .statusCode(403);
    }

    @Test
    void aThirdPartyWithTheReadScopeMayListButNotCreate() {
      String partner = Tokens.partner("life-qi-sync", "projects:read");
      given().auth().oauth2(partner).get("/api/v1/projects").then().statusCode(200);
      given()
          .auth()
          .oauth2(partner)
          .contentType(ContentType.JSON)
          .body(newProject("Not a partner's to start", null))
          .post("/api/v1/projects")
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(Tokens.partner("payroll", "payments:export"))
          .get("/api/v1/projects")
          .then()
          .statusCode(403);
    }

    @Test
    void responsesCarryTheRequestId() {
      given()
          .auth()
          .oauth2(LEAD)
          .header("X-Request-Id", "abc-123")
          .get("/api/v1/projects")
          .then()
          .statusCode(200)
          .header("X-Request-Id", "abc-123");
    }
  }
}
