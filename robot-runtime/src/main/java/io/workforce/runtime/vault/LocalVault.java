package io.workforce.runtime.vault;

import io.workforce.runtime.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standalone {@link CredentialProvider}: a JSON file whose entries are each sealed with
 * AES-256-GCM (a fresh 96-bit nonce per write; the entry's name is the associated data, so entries
 * cannot be swapped). Names are in clear so that {@code vault list} needs no decryption of secrets;
 * usernames are sealed too.
 */
public final class LocalVault implements CredentialProvider {

  private static final String FORMAT = "workforce-vault/1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path file;
  private final VaultKey key;

  private LocalVault(Path file, VaultKey key) {
    this.file = file;
    this.key = key;
  }

  /** The vault in {@code file} (which need not exist yet) under {@code key}. */
  public static LocalVault open(Path file, VaultKey key) {
    return new LocalVault(file, key);
  }

  /** The default vault file: {@code $WORKFORCE_VAULT}, else {@code ~/.workforce/vault.json}. */
  public static Path defaultFile(Map<String, String> env) {
    String custom = env.get("WORKFORCE_VAULT");
    return custom != null && !custom.isBlank()
        ? Path.of(custom)
        : Path.of(System.getProperty("user.home"), ".workforce", "vault.json");
  }

  /**
   * The default key file: {@code $WORKFORCE_VAULT_KEY_FILE}, else {@code vault.key} beside the
   * vault.
   */
  public static Path defaultKeyFile(Map<String, String> env, Path vaultFile) {
    String custom = env.get("WORKFORCE_VAULT_KEY_FILE");
    return custom != null && !custom.isBlank()
        ? Path.of(custom)
        : vaultFile.resolveSibling("vault.key");
  }

  /** The vault file. */
  public Path file() {
    return file;
  }

  @Override
  public Optional<Credential> find(String name) {
    ObjectNode root = read();
    JsonNode entry = root.path("entries").path(name);
    if (entry.isMissingNode() || entry.isNull()) {
      return Optional.empty();
    }
    JsonNode plain = JSON.readTree(open(root, name, entry));
    Map<String, String> extra = new TreeMap<>();
    plain.path("extra").properties().forEach(e -> extra.put(e.getKey(), e.getValue().asString()));
    return Optional.of(
        new Credential(
            name, plain.path("username").asString(), plain.path("secret").asString(), extra));
  }

  /** Names and usernames of every credential, sorted by name; never a secret. */
  public Map<String, String> list() {
    ObjectNode root = read();
    Map<String, String> out = new TreeMap<>();
    root.path("entries")
        .properties()
        .forEach(
            e ->
                out.put(
                    e.getKey(),
                    JSON.readTree(open(root, e.getKey(), e.getValue()))
                        .path("username")
                        .asString()));
    return out;
  }

  /**
   * Stores (or replaces) a credential; the file is rewritten atomically with owner-only
   * permissions.
   */
  public void set(String name, String username, String secret, Map<String, String> extra) {
    if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
      throw new VaultException(Messages.get("vault.badname", String.valueOf(name)));
    }
    ObjectNode root = read();
    ObjectNode plain = JSON.createObjectNode().put("username", username).put("secret", secret);
    ObjectNode extras = plain.putObject("extra");
    extra.forEach(extras::put);
    byte[] nonce = new byte[12];
    new SecureRandom().nextBytes(nonce);
    byte[] sealed =
        crypt(
            Cipher.ENCRYPT_MODE,
            root,
            name,
            nonce,
            JSON.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8));
    ((ObjectNode) root.path("entries"))
        .putObject(name)
        .put("nonce", Base64.getEncoder().encodeToString(nonce))
        .put("data", Base64.getEncoder().encodeToString(sealed));
    write(root);
  }

  private String open(ObjectNode root, String name, JsonNode entry) {
    byte[] nonce = Base64.getDecoder().decode(entry.path("nonce").asString());
    byte[] data = Base64.getDecoder().decode(entry.path("data").asString());
    return new String(crypt(Cipher.DECRYPT_MODE, root, name, nonce, data), StandardCharsets.UTF_8);
  }

  private byte[] crypt(int mode, ObjectNode root, String name, byte[] nonce, byte[] input) {
    try {
      byte[] salt = Base64.getDecoder().decode(root.path("salt").asString());
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key.aesKey(salt), new GCMParameterSpec(128, nonce));
      cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new VaultException(Messages.get("vault.wrongkey", file, key.origin()));
    } catch (GeneralSecurityException e) {
      throw new VaultException("AES-GCM failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private ObjectNode read() {
    if (!Files.exists(file)) {
      byte[] salt = new byte[16];
      new SecureRandom().nextBytes(salt);
      ObjectNode root =
          JSON.createObjectNode()
              .put("format", FORMAT)
              .put("salt", Base64.getEncoder().encodeToString(salt));
      root.putObject("entries");
      return root;
    }
    try {
      JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      if (!(root instanceof ObjectNode obj) || !FORMAT.equals(obj.path("format").asString(""))) {
        throw new VaultException(Messages.get("vault.badfile", file));
      }
      return obj;
    } catch (IOException | tools.jackson.core.JacksonException e) {
      throw new VaultException(Messages.get("vault.badfile", file), e);
    }
  }

  private void write(ObjectNode root) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          tmp,
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
          StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new VaultException(Messages.get("vault.badfile", file), e);
    }
  }
}
