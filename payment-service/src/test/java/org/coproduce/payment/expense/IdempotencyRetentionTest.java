package org.coproduce.payment.expense;

import static org.coproduce.payment.expense.ExpenseResourceTest.busFare;
import static org.coproduce.payment.expense.ExpenseResourceTest.submit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.coproduce.platform.idempotency.Idempotency;
import org.coproduce.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyRetentionTest {
  @Inject Idempotency idempotency;
  @Inject EntityManager entityManager;

  @Test
  void aKeyOlderThanTheRetentionIsForgottenAndAFreshOneIsKept() {
    String token = Tokens.volunteer("vic.volunteer", UUID.randomUUID());
    String old = UUID.randomUUID().toString();
    String fresh = UUID.randomUUID().toString();
    submit(token, old, busFare(640)).then().statusCode(201);
    submit(token, fresh, busFare(650)).then().statusCode(201);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "update idempotency_key set created_at = now() - interval '31 days'"
                            + " where idempotency_key = ?1")
                    .setParameter(1, old)
                    .executeUpdate());

    idempotency.forgetExpiredKeys();

    submit(token, old, busFare(700)).then().statusCode(201);
    submit(token, fresh, busFare(700)).then().statusCode(422);
  }
}
