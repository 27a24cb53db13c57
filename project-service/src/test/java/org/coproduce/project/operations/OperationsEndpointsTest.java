package org.coproduce.project.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.coproduce.events.Topics;
import org.coproduce.platform.messaging.TopicSetup;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What operations and API clients rely on, without a token, on the management port: health, metrics
 * and the API document. None of it is on the API's port, which the gateway routes to.
 */
@QuarkusTest
class OperationsEndpointsTest {

  @TestHTTPResource(value = "/", management = true)
  URL management;

  private String managed(String path) {
    return "http://" + management.getHost() + ":" + management.getPort() + path;
  }

  @Test
  void readinessChecksTheDatabaseAndKafka() {
    given()
        .get(managed("/q/health/ready"))
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Database connections health check"));
    given().get(managed("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void everyTopicAndItsDeadLetterTopicIsCreatedWithItsPartitionsAndKeptForever() {
    for (String topic : TopicSetup.all()) {
      Map.Entry<Integer, Map<String, String>> described =
          KafkaProbe.describe(SharedKafkaResource.bootstrapServers(), topic);
      assertThat(described.getKey()).as(topic).isEqualTo(3);
      assertThat(described.getValue()).as(topic).containsEntry("retention.ms", "-1");
    }
    assertThat(TopicSetup.all())
        .contains(Topics.INVOLVEMENT_EVENTS, Topics.deadLetter(Topics.PAYMENT_EVENTS));
  }

  @Test
  void readinessReportsTheOutboxAndTheDeadLetters() {
    given()
        .get(managed("/q/health/ready"))
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("Outbox relay"))
        .body("checks.name", hasItem("Dead letters"));
  }

  @Test
  void prometheusMetricsIncludeTheOutboxRelay() {
    given()
        .get(managed("/q/metrics"))
        .then()
        .statusCode(200)
        .body(containsString("coproduce_outbox_published_total"));
  }

  @Test
  void theOpenApiDocumentHasStableOperationIds() {
    given()
        .queryParam("format", "json")
        .get(managed("/q/openapi"))
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/projects'.post.operationId", equalTo("createProject"))
        .body("paths.'/api/v1/projects'.get.operationId", equalTo("listProjects"))
        .body("paths.'/api/v1/projects/{id}'.get.operationId", equalTo("getProject"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/q/health/ready", "/q/metrics", "/q/openapi"})
  void managementEndpointsAreNotOnTheApiPort(String path) {
    given().get(path).then().statusCode(404);
  }
}
