package io.workforce.orchestrator.vault;

import java.util.Map;

/**
 * A credential's value as an administrator (shared) or a user (personal) sets it. Never read back.
 * {@link #toString()} hides the secret.
 *
 * @param username the account
 * @param secret the password or key
 * @param fields optional extra fields
 */
public record SecretValue(String username, String secret, Map<String, String> fields) {

  public SecretValue {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  @Override
  public String toString() {
    return "SecretValue[username=" + username + ", secret=***, fields=" + fields.keySet() + "]";
  }
}
