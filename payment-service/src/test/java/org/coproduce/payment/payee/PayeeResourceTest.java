package org.coproduce.payment.payee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduce.payment.Fixtures.CATCH_UP;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.claimsOf;
import static org.coproduce.payment.Fixtures.participation;
import static org.coproduce.payment.Fixtures.publish;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PayeeResourceTest {
  @Inject EntityManager entityManager;

  static Map<String, Object> bacs() {
    Map<String, Object> details = new HashMap<>();
    details.put("route", "BACS");
    details.put("bankAccountName", "Sam Okafor");
    details.put("sortCode", "20-45-56");
    details.put("accountNumber", "31926819");
    details.put("receivesBenefits", false);
    return details;
  }

  static Response put(String token, UUID personId, Map<String, Object> details, String ifMatch) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(details);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/payees/{id}", personId);
  }

  static Response get(String token, UUID personId) {
    return given().auth().oauth2(token).get("/api/v1/payees/{id}", personId);
  }

  @Test
  void aVolunteerSetsTheirBankDetailsAndOnlyEverSeesThemMasked() {
    UUID me = UUID.randomUUID();
    String token = Tokens.volunteer("sam.okafor", me);

    put(token, me, bacs(), null)
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"0\""))
        .body("route", equalTo("BACS"))
        .body("bankAccountName", equalTo("S** O*****"))
        .body("sortCode", equalTo("**-**-56"))
        .body("accountNumber", equalTo("******19"))
        .body("benefitsGuidance", empty());
    String body = get(token, me).then().statusCode(200).extract().asString();
    String asFinance = get(FINANCE, me).then().statusCode(200).extract().asString();

    for (String shown : new String[] {body, asFinance}) {
      assertThat(shown).doesNotContain("31926819", "204556", "20-45-56", "Okafor", "CP0");
    }
  }

  @Test
  void bankDetailsAreEncryptedAtRestBoundToTheirPerson() {
    UUID me = UUID.randomUUID();
    put(Tokens.volunteer("sam.okafor", me), me, bacs(), null).then().statusCode(201);

    byte[] stored =
        (byte[])
            entityManager
                .createNativeQuery("select bank_details from payee where person_id = ?1")
                .setParameter(1, me)
                .getSingleResult();
    String asText = new String(stored, StandardCharsets.ISO_8859_1);

    assertThat(asText).doesNotContain("31926819", "204556", "Sam Okafor");
    assertThat(stored.length).isGreaterThan(12 + 16 + "204556\n31926819\nSam Okafor".length() - 1);
  }

  @Test
  void changingTheRouteKeepsTheStoredBankDetailsWhenNoneAreSent() {
    UUID me = UUID.randomUUID();
    String token = Tokens.volunteer("sam.okafor", me);
    put(token, me, bacs(), null).then().statusCode(201);

    put(token, me, Map.of("route", "VOUCHER", "receivesBenefits", false), "\"0\"")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("route", equalTo("VOUCHER"))
        .body("accountNumber", equalTo("******19"));
    put(token, me, Map.of("route", "BACS", "receivesBenefits", false), "\"1\"")
        .then()
        .statusCode(200)
        .body("sortCode", equalTo("**-**-56"));
  }

  @Test
  void aStaleChangeIsRefusedAndChangesNothing() {
    UUID person = UUID.randomUUID();
    put(COORDINATOR, person, bacs(), null).then().statusCode(201);
    put(COORDINATOR, person, Map.of("route", "PAYROLL", "receivesBenefits", true), "\"0\"")
        .then()
        .statusCode(200);

    put(COORDINATOR, person, Map.of("route", "DECLINE", "receivesBenefits", false), "\"0\"")
        .then()
        .statusCode(412);

    get(COORDINATOR, person).then().body("route", equalTo("PAYROLL"));
  }

  @Test
  void bacsWithoutBankDetailsIsRefusedNamingTheSortCodeAndNothingIsStored() {
    UUID person = UUID.randomUUID();

    put(COORDINATOR, person, Map.of("route", "BACS", "receivesBenefits", false), null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("sortCode"));

    get(COORDINATOR, person).then().statusCode(404);
  }

  @Test
  void bankDetailsComeWholeOrNotAtAll() {
    UUID person = UUID.randomUUID();
    Map<String, Object> details = bacs();
    details.remove("accountNumber");

    put(COORDINATOR, person, details, null)
        .then()
        .statusCode(400)
        .body("errors.field", contains("accountNumber"));
  }

  @Test
  void aMistypedSortCodeOrAccountNumberIsNamed() {
    UUID person = UUID.randomUUID();
    Map<String, Object> details = bacs();
    details.put("sortCode", "20-45-5X");
    details.put("accountNumber", "3192681");

    put(COORDINATOR, person, details, null)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sortCode"))
        .body("errors.field", hasItem("accountNumber"));
    get(COORDINATOR, person).then().statusCode(404);
  }

  @Test
  void aVolunteerCannotSeeOrSetAnotherPersonsDetails() {
    UUID someoneElse = UUID.randomUUID();
    put(COORDINATOR, someoneElse, bacs(), null).then().statusCode(201);
    String nosy = Tokens.volunteer("nosy.parker", UUID.randomUUID());

    get(nosy, someoneElse).then().statusCode(404);
    put(nosy, someoneElse, bacs(), null).then().statusCode(404);
    given()
        .auth()
        .oauth2(nosy)
        .get("/api/v1/payees/{id}/weekly-earnings", someoneElse)
        .then()
        .statusCode(404);
  }

  @Test
  void aQiLeadMayNotSeePaymentDetails() {
    UUID person = UUID.randomUUID();
    put(COORDINATOR, person, bacs(), null).then().statusCode(201);

    get(Tokens.of("lena.lead", "qi-lead"), person).then().statusCode(403);
  }

  @Test
  void someoneWhoReceivesBenefitsIsGivenGuidance() {
    UUID me = UUID.randomUUID();
    put(
            Tokens.volunteer("ben.fits", me),
            me,
            Map.of("route", "VOUCHER", "receivesBenefits", true),
            null)
        .then()
        .statusCode(201)
        .body("benefitsGuidance", hasSize(4))
        .body("benefitsGuidance[0]", org.hamcrest.Matchers.containsString("not income"))
        .body("weeklyLimitPence", equalTo(2000));
  }

  @Test
  void feesPassingTheWeeklyLimitWarnThePersonTheCoordinatorAndTheApprover() {
    UUID person = UUID.randomUUID();
    put(COORDINATOR, person, Map.of("route", "PAYROLL", "receivesBenefits", true), null)
        .then()
        .statusCode(201);
    LocalDate wednesday = LocalDate.of(2026, 10, 14);
    publish(participation(person, "2.5", wednesday));
    publish(participation(person, "1.0", wednesday.plusDays(1)));
    publish(participation(person, "3.0", wednesday.plusDays(7)));
    await().atMost(CATCH_UP).until(() -> claimsOf(person).size() == 3);

    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("from", "2026-10-01")
        .queryParam("to", "2026-10-31")
        .get("/api/v1/payees/{id}/weekly-earnings", person)
        .then()
        .statusCode(200)
        .body("weekStart", contains("2026-10-12", "2026-10-19"))
        .body("earnedPence", contains(3000, 2000))
        .body("overLimit", contains(true, false));
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("from", "2026-10-01")
        .get("/api/v1/benefit-warnings")
        .then()
        .statusCode(200)
        .body("findAll { it.personId == '" + person + "' }.weekStart", contains("2026-10-12"))
        .body("findAll { it.personId == '" + person + "' }.earnedPence", contains(3000));
    assertThat(claimsOf(person))
        .allSatisfy(
            claim -> {
              LocalDate day = LocalDate.parse((String) claim.get("activityDate"));
              assertThat(claim.get("benefitsWarning") != null)
                  .as("warning on the claim of " + day)
                  .isEqualTo(day.isBefore(LocalDate.of(2026, 10, 19)));
            });
  }

  @Test
  void nobodyIsWarnedAboutFeesTheyDecline() {
    UUID person = UUID.randomUUID();
    put(COORDINATOR, person, Map.of("route", "DECLINE", "receivesBenefits", true), null)
        .then()
        .statusCode(201);
    publish(participation(person, "3.0", LocalDate.of(2026, 10, 14)));
    publish(participation(person, "3.0", LocalDate.of(2026, 10, 15)));
    await().atMost(CATCH_UP).until(() -> claimsOf(person).size() == 2);

    given()
        .auth()
        .oauth2(Tokens.volunteer("dec.line", person))
        .queryParam("from", "2026-10-12")
        .queryParam("to", "2026-10-18")
        .get("/api/v1/payees/{id}/weekly-earnings", person)
        .then()
        .statusCode(200)
        .body("earnedPence", contains(0))
        .body("overLimit", contains(false));
    given()
        .auth()
        .oauth2(FINANCE)
        .queryParam("from", "2026-10-01")
        .get("/api/v1/benefit-warnings")
        .then()
        .body("personId", not(hasItem(person.toString())));
    assertThat(claimsOf(person))
        .allSatisfy(claim -> assertThat(claim.get("benefitsWarning")).isNull());
  }

  @Test
  void aPeriodBackToFrontIsNamed() {
    UUID person = UUID.randomUUID();
    given()
        .auth()
        .oauth2(COORDINATOR)
        .queryParam("from", "2026-10-31")
        .queryParam("to", "2026-10-01")
        .get("/api/v1/payees/{id}/weekly-earnings", person)
        .then()
        .statusCode(400)
        .body("errors.field", contains("from"))
        .body("title", not(nullValue()));
  }
}
