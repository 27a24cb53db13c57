package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Re-encrypts payees' bank details (those in force and those awaiting confirmation) with the
 * current key of the ring, so an older key can leave the ring once no payee needs it. Batches
 * already made keep their copy under the key it was made with: that key stays in the ring for as
 * long as those batches are kept. Rows are rewritten in place, so neither the version (ETag) nor
 * who changed the details last moves.
 */
@ApplicationScoped
public class KeyRotation {
  private final EntityManager entityManager;
  private final BankDetailsCipher cipher;

  public KeyRotation(EntityManager entityManager, BankDetailsCipher cipher) {
    this.entityManager = entityManager;
    this.cipher = cipher;
  }

  /** What a rotation did. */
  public record Result(String currentKeyId, int payeesReencrypted) {}

  @Transactional
  public Result rotate() {
    int inForce = reencrypt("bank_details", "bank_key_id");
    int pending = reencrypt("pending_bank_details", "pending_bank_key_id");
    return new Result(cipher.keyId(), inForce + pending);
  }

  private int reencrypt(String detailsColumn, String keyColumn) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select person_id, "
                    + keyColumn
                    + ", "
                    + detailsColumn
                    + " from payee where "
                    + keyColumn
                    + " <> :current for update")
            .setParameter("current", cipher.keyId())
            .getResultList();
    for (Object[] row : rows) {
      UUID personId = (UUID) row[0];
      BankDetails details = cipher.decrypt(personId, (String) row[1], (byte[]) row[2]);
      entityManager
          .createNativeQuery(
              "update payee set "
                  + detailsColumn
                  + " = :details, "
                  + keyColumn
                  + " = :key where person_id = :person")
          .setParameter("details", cipher.encrypt(personId, details))
          .setParameter("key", cipher.keyId())
          .setParameter("person", personId)
          .executeUpdate();
    }
    return rows.size();
  }
}
