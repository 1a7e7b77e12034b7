package io.workforce.runtime.vault;

import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault's key: from {@code WORKFORCE_VAULT_KEY} (a base64 256-bit key, or a passphrase
 * stretched with PBKDF2 and the vault's salt) or from a key file that only its owner may read
 * (0600), created with a random key on first use.
 */
public final class VaultKey {

  /** The environment variable that holds the key or passphrase. */
  public static final String ENV = "WORKFORCE_VAULT_KEY";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final int PBKDF2_ROUNDS = 210_000;

  private final byte[] raw;
  private final String passphrase;
  private final String origin;

  private VaultKey(byte[] raw, String passphrase, String origin) {
    this.raw = raw;
    this.passphrase = passphrase;
    this.origin = origin;
  }

  /**
   * The key from {@code envValue} when set, else from {@code keyFile}; the file is created (0600)
   * when it does not exist and {@code create} is true.
   *
   * @throws VaultException when the key file is readable by others, or missing and not to be
   *     created
   */
  public static VaultKey resolve(String envValue, Path keyFile, boolean create) {
    if (envValue != null && !envValue.isBlank()) {
      Secrets.register(envValue.strip());
      byte[] decoded = tryBase64(envValue.strip());
      return decoded != null && decoded.length == 32
          ? new VaultKey(decoded, null, ENV)
          : new VaultKey(null, envValue.strip(), ENV);
    }
    if (!Files.exists(keyFile)) {
      if (!create) {
        throw new VaultException(Messages.get("vault.nokey", keyFile, ENV));
      }
      return new VaultKey(createKeyFile(keyFile), null, keyFile.toString());
    }
    checkOwnerOnly(keyFile);
    try {
      String text = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
      byte[] decoded = tryBase64(text);
      if (decoded == null || decoded.length != 32) {
        throw new VaultException(Messages.get("vault.badkeyfile", keyFile));
      }
      return new VaultKey(decoded, null, keyFile.toString());
    } catch (IOException e) {
      throw new VaultException(Messages.get("vault.badkeyfile", keyFile), e);
    }
  }

  /** Where the key came from (the variable's name or the file), for messages; never the key. */
  public String origin() {
    return origin;
  }

  /** The AES key for a vault with this salt. */
  SecretKeySpec aesKey(byte[] salt) {
    if (raw != null) {
      return new SecretKeySpec(raw, "AES");
    }
    try {
      SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      byte[] key =
          f.generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, PBKDF2_ROUNDS, 256))
              .getEncoded();
      return new SecretKeySpec(key, "AES");
    } catch (GeneralSecurityException e) {
      throw new VaultException("PBKDF2 is not available in this Java", e);
    }
  }

  private static void checkOwnerOnly(Path keyFile) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(keyFile);
      if (!OWNER_ONLY.containsAll(perms)) {
        throw new VaultException(
            Messages.get("vault.keyperms", keyFile, PosixFilePermissions.toString(perms)));
      }
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): its ACLs are the owner's business
    } catch (IOException e) {
      throw new VaultException(Messages.get("vault.badkeyfile", keyFile), e);
    }
  }

  private static byte[] createKeyFile(Path keyFile) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      if (keyFile.getParent() != null) {
        Files.createDirectories(keyFile.getParent());
      }
      Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.writeString(
          keyFile, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      return key;
    } catch (IOException e) {
      throw new VaultException(Messages.get("vault.badkeyfile", keyFile), e);
    }
  }

  private static byte[] tryBase64(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "VaultKey[" + origin + "]";
  }
}
