package org.coproduce.gateway.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduce.gateway.SessionKeyResource;
import org.coproduce.testing.PostgresResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SubjectAccessExportTest.AllServicesAnswer.class)
class SubjectAccessExportTest {
  static final List<String> SERVICES = List.of("involvement", "payments", "projects", "strategy");

  /** Every service up and answering subject access, instead of the echo and the dead one. */
  public static class AllServicesAnswer implements QuarkusTestProfile {
    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(OidcWiremockTestResource.class),
          new TestResourceEntry(PostgresResource.class),
          new TestResourceEntry(SessionKeyResource.class),
          new TestResourceEntry(SubjectAccessServicesResource.class));
    }
  }

  @Test
  void oneFileCombinesEveryServicesExportAskedWithTheCallersToken() {
    UUID personId = UUID.randomUUID();
    String token = Tokens.volunteer("val.volunteer", personId);

    Response response = given().auth().oauth2(token).get("/api/subject-access/{id}", personId);

    response
        .then()
        .statusCode(200)
        .contentType("application/json")
        .header(
            "Content-Disposition",
            "attachment; filename=\"coproduce-subject-access-" + personId + ".json\"")
        .header("Cache-Control", "no-store")
        .body("personId", equalTo(personId.toString()));
    JsonPath file = response.jsonPath();
    assertThat(file.getMap("services")).containsOnlyKeys(SERVICES);
    for (String service : SERVICES) {
      String seen = "services." + service + ".sections.seen.";
      assertThat(file.getString("services." + service + ".service"))
          .isEqualTo(service + "-service");
      assertThat(file.getString(seen + "path"))
          .isEqualTo("/" + service + "/api/v1/subject-access/" + personId);
      assertThat(file.getString(seen + "authorization")).isEqualTo("Bearer " + token);
      assertThat(file.getString(seen + "requestId")).isEqualTo(response.header("X-Request-Id"));
    }
  }

  @Test
  void aServiceThatDoesNotKnowThePersonIsLeftOut() {
    given()
        .auth()
        .oauth2(Tokens.of("cora", "coordinator"))
        .get("/api/subject-access/{id}", SubjectAccessServicesResource.REGISTER_ONLY)
        .then()
        .statusCode(200)
        .body("services.keySet()", equalTo(Set.of("involvement")));
  }

  @Test
  void noServiceKnowingThePersonIs404() {
    given()
        .auth()
        .oauth2(Tokens.volunteer("val", UUID.randomUUID()))
        .get("/api/subject-access/{id}", SubjectAccessServicesResource.NOBODY)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void aFailingServiceGives503NamingItNeverAnIncompleteFile() {
    given()
        .auth()
        .oauth2(Tokens.of("cora", "coordinator"))
        .get("/api/subject-access/{id}", SubjectAccessServicesResource.PAYMENTS_FAIL)
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .body("detail", containsString("payments"));
  }

  @Test
  void aPersonIdThatIsNotOneIsNamedAndNobodySignedInIs401() {
    given()
        .auth()
        .oauth2(Tokens.of("cora", "coordinator"))
        .get("/api/subject-access/not-a-person")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("personId"));
    given()
        .redirects()
        .follow(false)
        .get("/api/subject-access/{id}", UUID.randomUUID())
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
