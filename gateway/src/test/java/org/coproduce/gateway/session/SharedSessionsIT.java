package org.coproduce.gateway.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.coproduce.gateway.BackendServicesResource;
import org.coproduce.gateway.SessionKeyResource;
import org.coproduce.testing.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateways, each its packaged jar in a process of its own, sharing one PostgreSQL and one
 * identity provider, with no sticky sessions: a browser signed in on one is signed in on the other,
 * stays signed in when the first is killed (SIGKILL) and started again, and once the first
 * refreshes its tokens the old session id works on neither. Runs in the integration-test phase
 * because it needs the packaged jar.
 */
class SharedSessionsIT {
  private static EmbeddedPostgres postgres;
  private static OidcWiremockTestResource identityProvider;
  private static BackendServicesResource services;
  private static ServiceProcess gatewayA;
  private static ServiceProcess gatewayB;

  @BeforeAll
  static void startInfrastructure() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    identityProvider = new OidcWiremockTestResource();
    String keycloakUrl = identityProvider.start().get("keycloak.url");
    RefreshGrant.teach(keycloakUrl);
    services = new BackendServicesResource();
    Map<String, String> settings = new HashMap<>(services.start());
    settings.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
    settings.put("quarkus.datasource.username", "postgres");
    settings.put("quarkus.datasource.password", "postgres");
    settings.put("quarkus.oidc.auth-server-url", keycloakUrl + "/realms/quarkus/");
    settings.put("quarkus.oidc.client-id", "quarkus-web-app");
    settings.put(
        "quarkus.oidc.token.audience", "coproduce-api,quarkus-web-app,https://server.example.com");
    settings.put("quarkus.oidc.credentials.secret", "secret");
    settings.put(SessionKeyResource.PROPERTY, SessionKeyResource.KEY);
    // Two gateways and this test share two loaded cores: the stand-in service may be slow to
    // answer.
    settings.put("coproduce.gateway.timeout", "PT30S");

    // A refreshes the tokens on every signed-in request (test tokens live 5 minutes); B never.
    gatewayA =
        gateway("a", settings)
            .systemProperty("quarkus.oidc.token.refresh-token-time-skew", "PT10M")
            .build();
    gatewayB = gateway("b", settings).build();
    gatewayA.start();
    gatewayB.start();
  }

  private static ServiceProcess.Builder gateway(String name, Map<String, String> settings) {
    return ServiceProcess.of(Path.of("target", "quarkus-app", "quarkus-run.jar"))
        .systemProperties(settings)
        .log(Path.of("target", "shared-sessions-gateway-" + name + ".log"));
  }

  @AfterAll
  static void stopInfrastructure() throws IOException {
    for (ServiceProcess gateway : new ServiceProcess[] {gatewayA, gatewayB}) {
      if (gateway != null) {
        gateway.close();
      }
    }
    if (services != null) {
      services.stop();
    }
    if (identityProvider != null) {
      identityProvider.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aSessionFromOneGatewayWorksOnAnotherSurvivesAKillAndRotatesForBoth() {
    String session = Browser.signIn(gatewayA.baseUrl());

    Browser.with(gatewayB.baseUrl(), session)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("alice"));
    // The CSRF token comes from A, on a page load without the session (which would refresh it).
    String csrf = given().baseUri(gatewayA.baseUrl()).get("/").cookie("XSRF-TOKEN");
    Browser.with(gatewayB.baseUrl(), session)
        .cookie("XSRF-TOKEN", csrf)
        .header("X-XSRF-TOKEN", csrf)
        .contentType(ContentType.JSON)
        .body("{\"title\": \"Shorter waits\"}")
        .post("/api/projects/v1/projects")
        .then()
        .statusCode(200)
        .body("method", equalTo("POST"))
        .body("authorization", startsWith("Bearer "));
    Browser.with(gatewayB.baseUrl(), session)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/projects/v1/projects")
        .then()
        .statusCode(403);

    gatewayA.kill();
    gatewayA.start();
    Response afterRestart = Browser.with(gatewayA.baseUrl(), session).get("/api/me");

    afterRestart.then().statusCode(200).body("username", equalTo("alice"));
    String refreshed = afterRestart.cookie(Browser.SESSION);
    assertThat(refreshed).as("A refreshed the tokens under a new id").isNotEqualTo(session);
    Browser.assertSignedOut(gatewayB.baseUrl(), session);
    Browser.with(gatewayB.baseUrl(), refreshed).get("/api/me").then().statusCode(200);

    Browser.with(gatewayB.baseUrl(), refreshed).get("/logout").then().statusCode(302);
    Browser.assertSignedOut(gatewayA.baseUrl(), refreshed);
  }
}
