package io.workforce.orchestrator.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the value's owner (credential and user) as
 * associated data, so that a ciphertext copied onto another row does not decrypt. Format: {@code
 * v1:<key id>:<base64(nonce | ciphertext | tag)>}.
 */
@Component
class SecretCipher {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final MasterKeys keys;

  SecretCipher(MasterKeys keys) {
    this.keys = keys;
  }

  String encrypt(String plaintext, String associatedData) {
    return encrypt(plaintext, associatedData, keys.current());
  }

  String encrypt(String plaintext, String associatedData, SecretKey key) {
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + ct.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(ct, 0, out, nonce.length, ct.length);
      return "v1:" + MasterKeys.id(key) + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  String decrypt(String stored, String associatedData) {
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !parts[0].equals("v1")) {
      throw new IllegalStateException("a vault value has an unknown format");
    }
    SecretKey key = keys.byId(parts[1]);
    if (key == null) {
      throw new IllegalStateException(
          "a vault value is encrypted with master key "
              + parts[1]
              + ", which this orchestrator does not have (current key "
              + keys.currentId()
              + "); start it with the key the value was written with");
    }
    try {
      byte[] in = Base64.getDecoder().decode(parts[2]);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
      c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return new String(c.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a vault value failed its integrity check (tampered, or moved to another row)");
    }
  }
}
