package io.workforce.runtime.vault;

import io.workforce.runtime.Secrets;
import java.util.Map;

/**
 * A staff account for one system. Creating one registers its secret with {@link Secrets}, so that
 * from then on it is masked in every output; {@link #toString()} never shows it.
 *
 * @param name the vault name, e.g. {@code registry-clerk}
 * @param username the account
 * @param password the secret
 * @param extra further fields (e.g. a tenant code); their values are masked too
 */
public record Credential(String name, String username, String password, Map<String, String> extra) {

  public Credential {
    extra = Map.copyOf(extra);
    Secrets.register(password);
    extra.values().forEach(Secrets::register);
  }

  /** What flows see as {@code ${credential.…}} inside a login recipe. */
  public Map<String, Object> asVariables() {
    java.util.Map<String, Object> vars = new java.util.LinkedHashMap<>(extra);
    vars.put("username", username);
    vars.put("password", password);
    return vars;
  }

  @Override
  public String toString() {
    return "Credential[" + name + ", user " + username + ", secret " + Secrets.MASK + "]";
  }
}
