package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.config.WorkforceProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The vault's master key (AES-256), never stored in the database: from {@code WORKFORCE_MASTER_KEY}
 * (base64 of 32 bytes) or from a key file, generated with mode 0600 on first start. Each ciphertext
 * names the id of its key (a fingerprint), so values written before a rotation stay readable while
 * the rotation runs: {@code master.key.previous} and {@code master.key.next} beside the key file
 * are loaded too.
 */
@Component
class MasterKeys {

  private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
  static final String ENV = "WORKFORCE_MASTER_KEY";

  private final Path file;
  private final boolean fromEnvironment;
  private volatile SecretKey current;
  private final Map<String, SecretKey> known = new LinkedHashMap<>();

  @Autowired
  MasterKeys(WorkforceProperties properties) {
    this(properties.masterKeyFile(), System.getenv(ENV));
  }

  MasterKeys(Path file, String environmentKey) {
    this.file = file;
    this.fromEnvironment = environmentKey != null && !environmentKey.isBlank();
    this.current = fromEnvironment ? decode(environmentKey.trim(), ENV) : loadOrCreate(file);
    remember(current);
    for (String suffix : new String[] {".previous", ".next"}) {
      Path other = file.resolveSibling(file.getFileName() + suffix);
      if (Files.exists(other)) {
        remember(read(other));
      }
    }
  }

  /** The key new values are encrypted with. */
  SecretKey current() {
    return current;
  }

  /** The id of the current key. */
  String currentId() {
    return id(current);
  }

  /** A key by its id, or null. */
  SecretKey byId(String id) {
    return known.get(id);
  }

  boolean fromEnvironment() {
    return fromEnvironment;
  }

  Path file() {
    return file;
  }

  /**
   * A new random key, written to {@code master.key.next} (0600) before anything is encrypted with
   * it.
   */
  SecretKey prepareNext() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    SecretKey next = new SecretKeySpec(bytes, "AES");
    writeKey(file.resolveSibling(file.getFileName() + ".next"), next);
    remember(next);
    return next;
  }

  /**
   * After re-encryption: the next key becomes the key file, the old one is kept as {@code
   * .previous}.
   */
  void promote(SecretKey next) {
    Path nextFile = file.resolveSibling(file.getFileName() + ".next");
    try {
      if (!fromEnvironment && Files.exists(file)) {
        Files.move(
            file,
            file.resolveSibling(file.getFileName() + ".previous"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      if (!fromEnvironment) {
        Files.move(nextFile, file, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot install the new master key " + file, e);
    }
    current = next;
  }

  static String id(SecretKey key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void remember(SecretKey key) {
    known.put(id(key), key);
  }

  private static SecretKey loadOrCreate(Path file) {
    if (Files.exists(file)) {
      return read(file);
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    SecretKey key = new SecretKeySpec(bytes, "AES");
    writeKey(file, key);
    log.warn(
        "generated a new vault master key in {} (mode 0600): back it up; without it no credential can be read",
        file.toAbsolutePath());
    return key;
  }

  private static void writeKey(Path file, SecretKey key) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      try {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(tmp);
      }
      Files.writeString(
          tmp,
          Base64.getEncoder().encodeToString(key.getEncoded()) + "\n",
          StandardCharsets.US_ASCII);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the master key file " + file, e);
    }
  }

  private static SecretKey read(Path file) {
    try {
      return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the master key file " + file, e);
    }
  }

  private static SecretKey decode(String base64, String source) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "the master key in "
              + source
              + " is not base64 (expected 32 random bytes, "
              + "e.g. from: head -c 32 /dev/urandom | base64)");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "the master key in "
              + source
              + " has "
              + bytes.length
              + " bytes; it must have 32 (head -c 32 /dev/urandom | base64)");
    }
    return new SecretKeySpec(bytes, "AES");
  }
}
