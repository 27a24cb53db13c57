package org.coproduce.payment.payee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.payment.PaymentConfig;
import org.junit.jupiter.api.Test;

class BankDetailsCipherTest {
  static final String K1 = newKey();
  static final String K2 = newKey();
  static final BankDetails SAM = new BankDetails("Sam Okafor", "204556", "31926819");

  static String newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** Only what the cipher reads. */
  static PaymentConfig config(String key, String keys, String current) {
    PaymentConfig.BankDetails bank =
        new PaymentConfig.BankDetails() {
          public Optional<String> key() {
            return Optional.ofNullable(key);
          }

          public String keyId() {
            return "k1";
          }

          public Optional<String> keys() {
            return Optional.ofNullable(keys);
          }

          public Optional<String> currentKeyId() {
            return Optional.ofNullable(current);
          }
        };
    return new PaymentConfig() {
      public String defaultCostCentre() {
        throw new UnsupportedOperationException();
      }

      public Approval approval() {
        throw new UnsupportedOperationException();
      }

      public BankDetails bankDetails() {
        return bank;
      }

      public Benefits benefits() {
        throw new UnsupportedOperationException();
      }

      public Export export() {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Test
  void theSingleKeyIsKeyK1() {
    BankDetailsCipher single = new BankDetailsCipher(config(K1, null, null));
    UUID person = UUID.randomUUID();

    assertThat(single.keyId()).isEqualTo("k1");
    assertThat(single.decrypt(person, "k1", single.encrypt(person, SAM))).isEqualTo(SAM);
  }

  @Test
  void newCiphertextsUseTheCurrentKeyAndOldOnesStillDecrypt() {
    BankDetailsCipher before = new BankDetailsCipher(config(K1, null, null));
    BankDetailsCipher after = new BankDetailsCipher(config(null, "k1:" + K1 + ",k2:" + K2, "k2"));
    UUID person = UUID.randomUUID();
    byte[] old = before.encrypt(person, SAM);

    assertThat(after.keyId()).isEqualTo("k2");
    assertThat(after.decrypt(person, "k1", old)).isEqualTo(SAM);
    byte[] fresh = after.encrypt(person, SAM);
    assertThatThrownBy(() -> after.decrypt(person, "k1", fresh))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> before.decrypt(person, "k2", fresh))
        .hasMessageContaining("not in the ring");
  }

  @Test
  void aRingOfSeveralKeysMustNameTheCurrentOne() {
    assertThatThrownBy(() -> new BankDetailsCipher(config(null, "k1:" + K1 + ",k2:" + K2, null)))
        .hasMessageContaining("COPRODUCE_BANK_DETAILS_CURRENT_KEY");
    assertThatThrownBy(() -> new BankDetailsCipher(config(K1, null, "k9")))
        .hasMessageContaining("k9");
    assertThatThrownBy(() -> new BankDetailsCipher(config(null, null, null)))
        .hasMessageContaining("No bank details key");
    assertThatThrownBy(() -> new BankDetailsCipher(config(K1, "k1:" + K2, null)))
        .hasMessageContaining("Two different");
  }
}
