package org.coproduce.involvement.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.involvement.Register.COORDINATOR;
import static org.coproduce.involvement.Register.COORDINATOR_NAME;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.involvement.Register;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentResourceTest {
  static final String ADMIN = Tokens.of("ada.admin", "admin");

  /** A valid consent to the purpose; tests change what they are about. */
  static Map<String, Object> consent(String purpose) {
    Map<String, Object> body = new HashMap<>();
    body.put("purpose", purpose);
    body.put("wordingVersion", "2026-01");
    body.put("channel", "PAPER");
    return body;
  }

  static String give(UUID personId, Map<String, Object> body, String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/people/{personId}/consents", personId)
        .then()
        .statusCode(201)
        .header("Location", notNullValue())
        .header("ETag", notNullValue())
        .extract()
        .path("id");
  }

  static boolean allowed(UUID personId, String purpose) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/people/{personId}/consents/{purpose}/allowed", personId, purpose)
        .then()
        .statusCode(200)
        .extract()
        .path("allowed");
  }

  static List<Object> history(UUID personId) {
    return given()
        .auth()
        .oauth2(COORDINATOR)
        .get("/api/v1/people/{personId}/consents", personId)
        .then()
        .statusCode(200)
        .extract()
        .path("history");
  }

  static void refusedNaming(String field, String changed, Object value) {
    UUID person = Register.person("CARER", "Refused");
    Map<String, Object> body = consent("NEWSLETTER");
    body.put(changed, value);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/people/{personId}/consents", person)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo(field));
    assertThat(history(person)).isEmpty();
  }

  @Nested
  class Giving {
    @Test
    void aCoordinatorRecordsConsentWithWordingChannelAndWhoRecordedIt() {
      UUID person = Register.person("CARER", "Consent Giver");
      Map<String, Object> body = consent("NEWSLETTER");
      body.put("channel", "IN_PERSON");
      String id = give(person, body, COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents", person)
          .then()
          .statusCode(200)
          .body("personId", equalTo(person.toString()))
          .body("current", hasSize(ConsentPurpose.values().length))
          .body("current.find { it.purpose == 'NEWSLETTER' }.allowed", equalTo(true))
          .body("current.find { it.purpose == 'NEWSLETTER' }.consent.id", equalTo(id))
          .body("current.find { it.purpose == 'RESEARCH' }.allowed", equalTo(false))
          .body("current.find { it.purpose == 'RESEARCH' }.consent", nullValue())
          .body("history", hasSize(1))
          .body("history[0].wordingVersion", equalTo("2026-01"))
          .body("history[0].channel", equalTo("IN_PERSON"))
          .body("history[0].recordedBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)))
          .body("history[0].givenAt", notNullValue())
          .body("history[0].withdrawnAt", nullValue());
      assertThat(allowed(person, "NEWSLETTER")).isTrue();
      assertThat(allowed(person, "research")).isFalse();
    }

    @Test
    void givingAPurposeAlreadyInForceIsAConflict() {
      UUID person = Register.person("SERVICE_USER", "Twice Given");
      give(person, consent("RESEARCH"), COORDINATOR);

      given()
          .auth()
          .oauth2(ADMIN)
          .contentType(ContentType.JSON)
          .body(consent("RESEARCH"))
          .post("/api/v1/people/{personId}/consents", person)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("purpose"));
      assertThat(history(person)).hasSize(1);
    }
  }

  @Nested
  class PaperForms {
    @Test
    void staffEnterASignedFormWithTheDayItWasSigned() {
      UUID person = Register.person("CARER", "Paper Signer");
      Map<String, Object> body = consent("NEWSLETTER");
      body.put("givenAt", "2026-11-02T10:30:00Z");
      String id = give(person, body, COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents/{id}", person, id)
          .then()
          .statusCode(200)
          .header("ETag", "\"0\"")
          .body("givenAt", equalTo("2026-11-02T10:30:00Z"))
          .body("createdAt", not(equalTo("2026-11-02T10:30:00Z")));
    }

    @Test
    void aSignatureInTheFutureIsNamedAndChangesNothing() {
      refusedNaming("givenAt", "givenAt", "2999-01-01T00:00:00Z");
    }

    @Test
    void aVolunteerCannotBackDateTheirOwnConsent() {
      UUID me = Register.person("SERVICE_USER", "No Back Dating");
      Map<String, Object> body = consent("NEWSLETTER");
      body.put("givenAt", "2026-01-01T00:00:00Z");

      given()
          .auth()
          .oauth2(Tokens.volunteer("nbd", me))
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/v1/people/{personId}/consents", me)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("givenAt"));
      assertThat(history(me)).isEmpty();
    }

    @Test
    void oneConsentOfAnotherPersonIsNotFound() {
      UUID person = Register.person("CARER", "Consent Owner");
      UUID other = Register.person("CARER", "Other Owner");
      String id = give(person, consent("RESEARCH"), COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents/{id}", other, id)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(Tokens.volunteer("other", other))
          .get("/api/v1/people/{personId}/consents/{id}", person, id)
          .then()
          .statusCode(404);
    }
  }

  @Nested
  class Withdrawal {
    @Test
    void withdrawalTakesEffectAtOnce() {
      UUID person = Register.person("SERVICE_USER", "Withdraws");
      String id = give(person, consent("CONTACT_ABOUT_OPPORTUNITIES"), COORDINATOR);
      assertThat(allowed(person, "CONTACT_ABOUT_OPPORTUNITIES")).isTrue();

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", person, id)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("inForce", equalTo(false))
          .body("withdrawnAt", notNullValue())
          .body("withdrawnBy", equalTo(Tokens.subjectOf(COORDINATOR_NAME)));

      assertThat(allowed(person, "CONTACT_ABOUT_OPPORTUNITIES")).isFalse();
    }

    @Test
    void withdrawingTwiceIsAConflict() {
      UUID person = Register.person("CARER", "Withdraws Twice");
      String id = give(person, consent("NEWSLETTER"), COORDINATOR);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", person, id)
          .then()
          .statusCode(200);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", person, id)
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
    }

    @Test
    void aWithdrawnConsentStaysInTheHistoryAndANewOneCanBeGiven() {
      UUID person = Register.person("CARER", "Gives Again");
      String first = give(person, consent("NEWSLETTER"), COORDINATOR);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", person, first)
          .then()
          .statusCode(200);
      Map<String, Object> again = consent("NEWSLETTER");
      again.put("wordingVersion", "2026-06");
      String second = give(person, again, COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents", person)
          .then()
          .body("history.id", equalTo(List.of(second, first)))
          .body(
              "current.find { it.purpose == 'NEWSLETTER' }.consent.wordingVersion",
              equalTo("2026-06"));
    }

    @Test
    void anotherPersonsConsentCannotBeWithdrawnThroughThisPerson() {
      UUID owner = Register.person("CARER", "Owner");
      UUID other = Register.person("CARER", "Other");
      String id = give(owner, consent("NEWSLETTER"), COORDINATOR);

      given()
          .auth()
          .oauth2(COORDINATOR)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", other, id)
          .then()
          .statusCode(404);
      assertThat(allowed(owner, "NEWSLETTER")).isTrue();
    }
  }

  @Nested
  class Volunteers {
    @Test
    void aVolunteerGivesReadsAndWithdrawsTheirOwnConsent() {
      UUID me = Register.person("SERVICE_USER", "Val Consents");
      String token = Tokens.volunteer("val", me);
      Map<String, Object> body = consent("CONTACT_ABOUT_OPPORTUNITIES");
      body.put("channel", "ONLINE");
      String id = give(me, body, token);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/people/{personId}/consents", me)
          .then()
          .statusCode(200)
          .body("history[0].id", equalTo(id))
          .body("history[0].recordedBy", equalTo(Tokens.subjectOf("val")));
      given()
          .auth()
          .oauth2(token)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", me, id)
          .then()
          .statusCode(200)
          .body("inForce", equalTo(false));
      assertThat(allowed(me, "CONTACT_ABOUT_OPPORTUNITIES")).isFalse();
    }

    @Test
    void anotherPersonsConsentIsNotFoundForAVolunteer() {
      UUID me = Register.person("SERVICE_USER", "Val Own");
      UUID someoneElse = Register.person("CARER", "Not Val");
      String theirs = give(someoneElse, consent("NEWSLETTER"), COORDINATOR);
      String token = Tokens.volunteer("val", me);

      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/people/{personId}/consents", someoneElse)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(consent("RESEARCH"))
          .post("/api/v1/people/{personId}/consents", someoneElse)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(token)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", someoneElse, theirs)
          .then()
          .statusCode(404);
      assertThat(history(someoneElse)).hasSize(1);
      assertThat(allowed(someoneElse, "NEWSLETTER")).isTrue();
    }

    @Test
    void aVolunteerCannotUseTheStaffConsentCheck() {
      UUID me = Register.person("SERVICE_USER", "Val Checks");

      given()
          .auth()
          .oauth2(Tokens.volunteer("val", me))
          .get("/api/v1/people/{personId}/consents/NEWSLETTER/allowed", me)
          .then()
          .statusCode(403);
    }
  }

  @Nested
  class Refusals {
    @Test
    void anUnknownPurposeIsNamedAndChangesNothing() {
      refusedNaming("purpose", "purpose", "MARKETING");
    }

    @Test
    void anUnknownChannelIsNamedAndChangesNothing() {
      refusedNaming("channel", "channel", "CARRIER_PIGEON");
    }

    @Test
    void aMissingWordingVersionIsNamedAndChangesNothing() {
      refusedNaming("wordingVersion", "wordingVersion", null);
    }

    @Test
    void aBlankWordingVersionIsNamed() {
      refusedNaming("wordingVersion", "wordingVersion", "  ");
    }

    @Test
    void anUnknownPurposeInTheCheckIsNamed() {
      UUID person = Register.person("CARER", "Check");

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents/MARKETING/allowed", person)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("purpose"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
      UUID stranger = UUID.randomUUID();

      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents", stranger)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .contentType(ContentType.JSON)
          .body(consent("NEWSLETTER"))
          .post("/api/v1/people/{personId}/consents", stranger)
          .then()
          .statusCode(404);
      given()
          .auth()
          .oauth2(COORDINATOR)
          .get("/api/v1/people/{personId}/consents/NEWSLETTER/allowed", stranger)
          .then()
          .statusCode(404);
    }

    @Test
    void financeMayNotSeeGiveOrWithdrawConsent() {
      UUID person = Register.person("CARER", "Not Finance's");
      String id = give(person, consent("NEWSLETTER"), COORDINATOR);
      String finance = Tokens.of("fin", "finance");

      given()
          .auth()
          .oauth2(finance)
          .get("/api/v1/people/{personId}/consents", person)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(finance)
          .contentType(ContentType.JSON)
          .body(consent("RESEARCH"))
          .post("/api/v1/people/{personId}/consents", person)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(finance)
          .post("/api/v1/people/{personId}/consents/{id}/withdrawal", person, id)
          .then()
          .statusCode(403);
      given()
          .auth()
          .oauth2(finance)
          .get("/api/v1/people/{personId}/consents/NEWSLETTER/allowed", person)
          .then()
          .statusCode(403);
      assertThat(allowed(person, "NEWSLETTER")).isTrue();
    }
  }
}
