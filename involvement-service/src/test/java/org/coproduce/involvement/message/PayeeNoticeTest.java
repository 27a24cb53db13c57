package org.coproduce.involvement.message;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.events.EventCodec;
import org.coproduce.events.PayeeDetailsChanged;
import org.coproduce.events.Topics;
import org.coproduce.involvement.Register;
import org.coproduce.testing.KafkaProbe;
import org.coproduce.testing.SharedKafkaResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** payment-service's PayeeDetailsChanged becomes one in-app message to the person. */
@QuarkusTest
class PayeeNoticeTest {

  static String announce(PayeeDetailsChanged change, UUID eventId) {
    String message =
        EventCodec.write(
            EventCodec.envelope(change, eventId, Instant.now(), "payment-service", "test"));
    KafkaProbe.send(
        SharedKafkaResource.bootstrapServers(),
        Topics.PAYMENT_EVENTS,
        change.aggregateId(),
        message);
    return message;
  }

  static List<String> subjectsOf(String token) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/messages")
        .then()
        .statusCode(200)
        .extract()
        .path("items.subject");
  }

  @Test
  void aPersonIsToldOnceWhenStaffEnterNewBankDetailsForThem() {
    UUID person = Register.person("CARER", "Pat Payee");
    String token = Tokens.volunteer("pat.payee", person);
    PayeeDetailsChanged change =
        new PayeeDetailsChanged(
            UUID.randomUUID(), person, Tokens.subjectOf("cora.coordinator"), false, true);
    UUID eventId = UUID.randomUUID();

    announce(change, eventId);
    announce(change, eventId);

    await().atMost(Duration.ofSeconds(60)).until(() -> !subjectsOf(token).isEmpty());
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/messages")
        .then()
        .body("items[0].purpose", equalTo("PAYMENT_DETAILS_CHANGED"))
        .body("items[0].subject", containsString("New bank details"))
        .body("items[0].body", containsString("not used until you, or another member of staff"));
    announce(
        new PayeeDetailsChanged(
            UUID.randomUUID(), person, Tokens.subjectOf("pat.payee"), true, false),
        UUID.randomUUID());
    // Same key, so the redelivery was handled before this one: it made no second message.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> subjectsOf(token).contains("Your payment details were changed"));
    assertThat(subjectsOf(token))
        .containsExactly(
            "Your payment details were changed",
            "New bank details were entered for you: please check them");
  }
}
