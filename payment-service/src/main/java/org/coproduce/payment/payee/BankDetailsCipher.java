package org.coproduce.payment.payee;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.coproduce.payment.PaymentConfig;

/**
 * Encrypts bank details at rest with AES-256-GCM. The person's id is the associated data, so a
 * ciphertext copied onto another person's row does not decrypt. Keys form a ring from the
 * environment, never the repository: each ciphertext is stored beside the id of its key, new ones
 * use the current key, and older keys stay to decrypt what they made (batches already exported keep
 * their copy for good) until {@link PayeeKeyRotation} has re-encrypted the payees.
 */
@ApplicationScoped
public class BankDetailsCipher {
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final char SEPARATOR = '\n';

  private final Map<String, SecretKey> ring;
  private final String currentKeyId;
  private final SecureRandom random = new SecureRandom();

  public BankDetailsCipher(PaymentConfig config) {
    this.ring = ring(config.bankDetails());
    this.currentKeyId = currentKeyId(config.bankDetails(), ring);
  }

  /** The key new ciphertexts are made with. */
  public String keyId() {
    return currentKeyId;
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
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, ring.get(currentKeyId), iv, personId);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt bank details", e);
    }
  }

  public BankDetails decrypt(UUID personId, String storedKeyId, byte[] stored) {
    SecretKey key = ring.get(storedKeyId);
    if (key == null) {
      throw new IllegalStateException(
          "Bank details were encrypted with key " + storedKeyId + ", which is not in the ring");
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(stored, IV_BYTES), personId);
      String plain =
          new String(
              cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
      String[] parts = plain.split(String.valueOf(SEPARATOR), 3);
      return new BankDetails(parts[2], parts[0], parts[1]);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot decrypt bank details", e);
    }
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] iv, UUID personId)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(personId.toString().getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }

  private static Map<String, SecretKey> ring(PaymentConfig.BankDetails config) {
    Map<String, SecretKey> ring = new LinkedHashMap<>();
    config.key().filter(key -> !key.isBlank()).ifPresent(key -> add(ring, config.keyId(), key));
    for (String entry : config.keys().orElse("").split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon < 1) {
        throw new IllegalStateException(
            "coproduce.payment.bank-details.keys must be id:base64 pairs separated by commas");
      }
      add(ring, entry.substring(0, colon).strip(), entry.substring(colon + 1));
    }
    if (ring.isEmpty()) {
      throw new IllegalStateException(
          "No bank details key: set COPRODUCE_BANK_DETAILS_KEY or COPRODUCE_BANK_DETAILS_KEYS");
    }
    return ring;
  }

  private static void add(Map<String, SecretKey> ring, String id, String base64) {
    byte[] bytes = decodeKey(base64);
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "Bank details key " + id + " must be 32 bytes (base64), not " + bytes.length);
    }
    SecretKey previous = ring.put(id, new SecretKeySpec(bytes, "AES"));
    if (previous != null && !Arrays.equals(previous.getEncoded(), bytes)) {
      throw new IllegalStateException("Two different bank details keys have the id " + id);
    }
  }

  private static String currentKeyId(
      PaymentConfig.BankDetails config, Map<String, SecretKey> ring) {
    String current = config.currentKeyId().filter(id -> !id.isBlank()).orElse(null);
    if (current == null) {
      if (ring.size() > 1) {
        throw new IllegalStateException(
            "The bank details key ring holds several keys: name the current one with"
                + " COPRODUCE_BANK_DETAILS_CURRENT_KEY");
      }
      return ring.keySet().iterator().next();
    }
    if (!ring.containsKey(current)) {
      throw new IllegalStateException("The current bank details key " + current + " is not given");
    }
    return current;
  }

  /** Standard or URL-safe base64, with or without padding. */
  private static byte[] decodeKey(String value) {
    return Base64.getUrlDecoder()
        .decode(value.strip().replace('+', '-').replace('/', '_').replace("=", ""));
  }
}
