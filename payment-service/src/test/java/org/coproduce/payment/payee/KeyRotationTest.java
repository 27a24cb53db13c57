package org.coproduce.payment.payee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduce.payment.Fixtures.ADMIN;
import static org.coproduce.payment.Fixtures.FINANCE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.coproduce.payment.BankDetailsKeyResource;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The running service holds k1 (current) and k0 (older) in its ring. */
@QuarkusTest
class KeyRotationTest {
  @Inject EntityManager entityManager;

  @Test
  void detailsUnderAnOlderKeyStillReadAndARotationMovesThemToTheCurrentKey() {
    UUID person = UUID.randomUUID();
    given()
        .auth()
        .oauth2(Tokens.volunteer("rosa.rotate", person))
        .contentType("application/json")
        .body(
            Map.of(
                "route", "BACS",
                "bankAccountName", "Rosa Rotate",
                "sortCode", "12-34-56",
                "accountNumber", "10203040",
                "receivesBenefits", false))
        .put("/api/v1/payees/{id}", person)
        .then()
        .statusCode(201);
    BankDetailsCipher old =
        new BankDetailsCipher(
            BankDetailsCipherTest.config(null, "k0:" + BankDetailsKeyResource.OLD_KEY, null));
    storeUnder(
        person, "k0", old.encrypt(person, new BankDetails("Rosa Rotate", "123456", "10203040")));

    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/payees/{id}", person)
        .then()
        .body("bankAccountName", equalTo("R*** R*****"));
    given()
        .auth()
        .oauth2(ADMIN)
        .post("/api/v1/bank-details-key-rotations")
        .then()
        .statusCode(200)
        .body("currentKeyId", equalTo("k1"))
        .body("payeesReencrypted", greaterThanOrEqualTo(1));

    assertThat(keyOf(person)).isEqualTo("k1");
    given()
        .auth()
        .oauth2(FINANCE)
        .get("/api/v1/payees/{id}", person)
        .then()
        .body("bankAccountName", equalTo("R*** R*****"))
        .body("accountNumber", equalTo("******40"));
    given()
        .auth()
        .oauth2(FINANCE)
        .post("/api/v1/bank-details-key-rotations")
        .then()
        .statusCode(403);
  }

  void storeUnder(UUID person, String keyId, byte[] details) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "update payee set bank_details = ?1, bank_key_id = ?2 where person_id = ?3")
                    .setParameter(1, details)
                    .setParameter(2, keyId)
                    .setParameter(3, person)
                    .executeUpdate());
  }

  String keyOf(UUID person) {
    return (String)
        entityManager
            .createNativeQuery("select bank_key_id from payee where person_id = ?1")
            .setParameter(1, person)
            .getSingleResult();
  }
}
