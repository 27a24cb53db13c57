package org.coproduce.payment.expense;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.payment.Fixtures.COORDINATOR;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.coproduce.payment.Fixtures.claimsOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ExpenseResourceTest {
  static final String RECEIPT_HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static Map<String, Object> busFare(long pence) {
    Map<String, Object> expense = new HashMap<>();
    expense.put("category", "PUBLIC_TRANSPORT");
    expense.put("amountPence", pence);
    expense.put("date", "2026-10-14");
    expense.put(
        "receipt",
        Map.of(
            "fileName",
            "bus-ticket.jpg",
            "contentType",
            "image/jpeg",
            "sizeBytes",
            48213,
            "sha256",
            RECEIPT_HASH));
    return expense;
  }

  static Response submit(String token, Map<String, Object> expense) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(expense)
        .post("/api/v1/expense-claims");
  }

  static Response submit(String token, String key, Map<String, Object> expense) {
    return given()
        .auth()
        .oauth2(token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(expense)
        .post("/api/v1/expense-claims");
  }

  @Test
  void aVolunteerClaimsTheirOwnBusFareAndItAwaitsApproval() {
    UUID me = UUID.randomUUID();
    ExtractableResponse<Response> created =
        submit(Tokens.volunteer("vic.volunteer", me), busFare(640))
            .then()
            .statusCode(201)
            .header("Location", startsWith("http"))
            .body("kind", equalTo("EXPENSE"))
            .body("personId", equalTo(me.toString()))
            .body("category", equalTo("PUBLIC_TRANSPORT"))
            .body("amountPence", equalTo(640))
            .body("rateCardVersion", equalTo("2026-04"))
            .body("status", equalTo("PENDING"))
            .body("costCentre", equalTo("PEX100"))
            .body("receipt.sha256", equalTo(RECEIPT_HASH))
            .body("lines[0].kind", equalTo("EXPENSE"))
            .extract();

    given()
        .auth()
        .oauth2(FINANCE)
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("id", equalTo(created.path("id")));
  }

  @Test
  void mileageIsPaidAtTheRateCardsRatePerMile() {
    UUID person = UUID.randomUUID();
    Map<String, Object> mileage = new HashMap<>();
    mileage.put("personId", person.toString());
    mileage.put("category", "MILEAGE");
    mileage.put("miles", 12.5);
    mileage.put("date", "2026-10-14");

    submit(COORDINATOR, mileage)
        .then()
        .statusCode(201)
        .body("amountPence", equalTo(563))
        .body("miles", equalTo(12.5f))
        .body("lines[0].miles", equalTo(12.5f));
  }

  @Test
  void staffClaimForAPersonTheyName() {
    Map<String, Object> parking = busFare(500);
    parking.put("category", "PARKING");
    submit(COORDINATOR, parking)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("personId"));
    UUID person = UUID.randomUUID();
    parking.put("personId", person.toString());

    submit(COORDINATOR, parking)
        .then()
        .statusCode(201)
        .body("personId", equalTo(person.toString()));
    assertThat(claimsOf(person)).hasSize(1);
  }

  @Nested
  class BadInput {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
      "amountPence, -100",
      "amountPence, 0",
      "amountPence, 99999999",
      "category, TAXI_TO_THE_MOON",
      "date, 2999-01-01",
      "date, 14/10/2026",
      "costCentre, NO-SUCH-CODE",
    })
    void isRefusedNamingTheFieldAndChangesNothing(String field, String value) {
      UUID me = UUID.randomUUID();
      Map<String, Object> expense = busFare(640);
      expense.put(field, value);

      submit(Tokens.volunteer("vic.volunteer", me), expense)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo(field));
      assertThat(claimsOf(me)).isEmpty();
    }

    @Test
    void moreThanAThousandMilesIsRefused() {
      UUID me = UUID.randomUUID();
      Map<String, Object> mileage = new HashMap<>();
      mileage.put("category", "MILEAGE");
      mileage.put("miles", 1000.5);
      mileage.put("date", "2026-10-14");

      submit(Tokens.volunteer("vic.volunteer", me), mileage)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("miles"));
      assertThat(claimsOf(me)).isEmpty();
    }

    @Test
    void aboveTheCategorysCapIsRefusedNamingTheAmount() {
      UUID me = UUID.randomUUID();
      Map<String, Object> parking = busFare(2001);
      parking.put("category", "PARKING");

      submit(Tokens.volunteer("vic.volunteer", me), parking)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("amountPence"))
          .body(
              "detail",
              equalTo("Comes to £20.01, above the cap of £20.00 for PARKING on rate card 2026-04"));
      assertThat(claimsOf(me)).isEmpty();
    }

    @Test
    void anAmountForMileageOrMilesForAFareAreRefused() {
      UUID me = UUID.randomUUID();
      Map<String, Object> fareWithMiles = busFare(640);
      fareWithMiles.put("miles", 3);
      submit(Tokens.volunteer("vic.volunteer", me), fareWithMiles)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("miles"));
      Map<String, Object> mileageWithAmount = busFare(640);
      mileageWithAmount.put("category", "MILEAGE");
      mileageWithAmount.put("miles", 3);
      submit(Tokens.volunteer("vic.volunteer", me), mileageWithAmount)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("amountPence"));
      assertThat(claimsOf(me)).isEmpty();
    }

    @Test
    void aReceiptThatIsNotDescribedProperlyIsNamed() {
      Map<String, Object> expense = busFare(640);
      expense.put(
          "receipt",
          Map.of("fileName", "t.jpg", "contentType", "image/jpeg", "sizeBytes", 10, "sha256", "x"));
      submit(Tokens.volunteer("vic.volunteer", UUID.randomUUID()), expense)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("receipt.sha256"));
    }
  }

  @Nested
  class Access {
    @Test
    void aVolunteerCannotClaimForSomeoneElse() {
      UUID someoneElse = UUID.randomUUID();
      Map<String, Object> expense = busFare(640);
      expense.put("personId", someoneElse.toString());

      submit(Tokens.volunteer("vic.volunteer", UUID.randomUUID()), expense)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      assertThat(claimsOf(someoneElse)).isEmpty();
    }

    @Test
    void aVolunteerReadsTheirOwnClaimButNotSomeoneElses() {
      UUID me = UUID.randomUUID();
      String mine = Tokens.volunteer("vic.volunteer", me);
      String id = submit(mine, busFare(640)).then().statusCode(201).extract().path("id");

      given().auth().oauth2(mine).get("/api/v1/claims/{id}", id).then().statusCode(200);
      given()
          .auth()
          .oauth2(Tokens.volunteer("val.volunteer", UUID.randomUUID()))
          .get("/api/v1/claims/{id}", id)
          .then()
          .statusCode(404);
    }

    @Test
    void financeDoesNotSubmitExpenses() {
      Map<String, Object> expense = busFare(640);
      expense.put("personId", UUID.randomUUID().toString());
      submit(FINANCE, expense).then().statusCode(403);
    }
  }

  @Nested
  class IdempotencyKey {
    @Test
    void theSameKeyAndBodyGiveTheSameResponseAndOneClaim() {
      UUID me = UUID.randomUUID();
      String token = Tokens.volunteer("vic.volunteer", me);
      String key = UUID.randomUUID().toString();

      ExtractableResponse<Response> first =
          submit(token, key, busFare(640)).then().statusCode(201).extract();
      ExtractableResponse<Response> again =
          submit(token, key, busFare(640))
              .then()
              .statusCode(201)
              .header("Idempotent-Replayed", "true")
              .extract();

      assertThat(again.asString()).isEqualTo(first.asString());
      assertThat(again.header("Location")).isEqualTo(first.header("Location"));
      assertThat(claimsOf(me)).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
      UUID me = UUID.randomUUID();
      String token = Tokens.volunteer("vic.volunteer", me);
      String key = UUID.randomUUID().toString();
      submit(token, key, busFare(640)).then().statusCode(201);

      submit(token, key, busFare(740))
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("Idempotency-Key"));
      assertThat(claimsOf(me)).hasSize(1);
      assertThat(claimsOf(me).get(0).get("amountPence")).isEqualTo(640);
    }

    @Test
    void aRefusedRequestLeavesItsKeyFreeForTheCorrectedOne() {
      UUID me = UUID.randomUUID();
      String token = Tokens.volunteer("vic.volunteer", me);
      String key = UUID.randomUUID().toString();
      submit(token, key, busFare(-1)).then().statusCode(400);
      Map<String, Object> overCap = busFare(999_999);
      submit(token, key, overCap).then().statusCode(422);

      submit(token, key, busFare(640)).then().statusCode(201);
      assertThat(claimsOf(me)).hasSize(1);
    }

    @Test
    void keysBelongToTheCaller() {
      String key = UUID.randomUUID().toString();
      UUID sam = UUID.randomUUID();
      UUID kim = UUID.randomUUID();
      submit(Tokens.volunteer("sam.volunteer", sam), key, busFare(640)).then().statusCode(201);

      submit(Tokens.volunteer("kim.volunteer", kim), key, busFare(640))
          .then()
          .statusCode(201)
          .body("personId", equalTo(kim.toString()));
    }

    @Test
    void anUnusableKeyIsNamed() {
      submit(Tokens.volunteer("vic.volunteer", UUID.randomUUID()), "a key with spaces", busFare(1))
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("Idempotency-Key"));
    }
  }
}
