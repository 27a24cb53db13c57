package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.coproduce.payment.PaymentConfig;

/**
 * Encrypts bank details at rest with AES-256-GCM. The person's id is the associated data, so a
 * ciphertext copied onto another person's row does not decrypt. The key comes from the environment
 * ({@code COPRODUCE_BANK_DETAILS_KEY}), never from the repository; its id is stored beside each
 * ciphertext so a new key can be introduced without losing the old rows.
 */
@ApplicationScoped
public class BankDetailsCipher {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final char SEPARATOR = '\n';

  private final SecretKey key;
  private final String keyId;
  private final SecureRandom random = new SecureRandom();

  public BankDetailsCipher(PaymentConfig config) {
    byte[] bytes = decodeKey(config.bankDetails().key());
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "coproduce.payment.bank-details.key must be 32 bytes (base64), not " + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, "AES");
    this.keyId = config.bankDetails().keyId();
  }

  public String keyId() {
    return keyId;
  }

  public byte[] encrypt(UUID personId, BankDetails details) {
    String plain =
        BankDetails.digits(details.sortCode())
            + SEPARATOR
            + details.accountNumber()
            + SEPARATOR
            + details.accountName();
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, personId);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt bank details", e);
    }
  }

  public BankDetails decrypt(UUID personId, String storedKeyId, byte[] stored) {
    if (!keyId.equals(storedKeyId)) {
      throw new IllegalStateException("Bank details were encrypted with key " + storedKeyId);
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, IV_BYTES), personId);
      String plain =
          new String(
              cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
      String[] parts = plain.split(String.valueOf(SEPARATOR), 3);
      return new BankDetails(parts[2], parts[0], parts[1]);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt bank details", e);
    }
  }

  private Cipher cipher(int mode, byte[] iv, UUID personId) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(personId.toString().getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }

  /** Standard or URL-safe base64, with or without padding. */
  private static byte[] decodeKey(String value) {
    return Base64.getUrlDecoder()
        .decode(value.strip().replace('+', '-').replace('/', '_').replace("=", ""));
  }
}
