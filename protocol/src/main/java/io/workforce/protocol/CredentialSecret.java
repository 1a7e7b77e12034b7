package io.workforce.protocol;

import java.util.Map;

/**
 * A credential checked out for a job. {@link #toString()} never shows the secret or the extra
 * fields, so that logging the record by mistake leaks nothing.
 *
 * @param name the credential's name in the vault
 * @param username the account
 * @param secret the password or key
 * @param fields optional extra fields (e.g. a PIN or a second factor seed)
 */
public record CredentialSecret(
    String name, String username, String secret, Map<String, String> fields) {

  public CredentialSecret {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  @Override
  public String toString() {
    return "CredentialSecret[name="
        + name
        + ", username="
        + username
        + ", secret=***, fields="
        + fields.keySet()
        + "]";
  }
}
