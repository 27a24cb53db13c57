package org.coproduce.project.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.events.EventEnvelope;
import org.coproduce.events.Topics;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.PrivateKafkaBroker;
import org.coproduce.testing.PrivateKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The relay against a broker of this test's own, which it stops and starts again. */
@QuarkusTest
@TestProfile(OutboxRelayRecoveryTest.OwnBroker.class)
class OutboxRelayRecoveryTest {

  public static class OwnBroker implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(PrivateKafkaResource.class));
    }
  }

  @PrivateKafkaResource.Broker PrivateKafkaBroker broker;

  @Test
  void projectsCreatedWhileTheBrokerIsDownArePublishedOnceItIsBack() {
    String token = Tokens.of("lena.lead", "qi-lead");
    String before = create(token, "Before the outage");
    await().atMost(Duration.ofSeconds(30)).until(() -> publishedCounts().containsKey(before));

    broker.stop();
    List<String> duringOutage = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      duringOutage.add(create(token, "During the outage " + i));
    }
    broker.start();

    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> publishedCounts().keySet().containsAll(duringOutage));
    Map<String, Long> counts = publishedCounts();
    assertThat(duringOutage).allSatisfy(id -> assertThat(counts.get(id)).isEqualTo(1L));
    assertThat(counts.get(before)).isEqualTo(1L);
  }

  private static String create(String token, String title) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"title\": \"" + title + "\", \"aim\": \"Keep publishing through an outage\"}")
        .post("/api/v1/projects")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private Map<String, Long> publishedCounts() {
    return KafkaProbe.events(broker.bootstrapServers(), Topics.PROJECT_EVENTS).stream()
        .map(EventEnvelope::aggregateId)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
