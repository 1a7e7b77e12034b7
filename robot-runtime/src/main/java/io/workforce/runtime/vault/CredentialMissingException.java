package io.workforce.runtime.vault;

import io.workforce.runtime.Messages;

/** A flow needs a credential the vault does not hold; says how to add it. */
public final class CredentialMissingException extends RuntimeException {

  private final String name;

  public CredentialMissingException(String name) {
    super(Messages.get("vault.missing", name));
    this.name = name;
  }

  /** The credential's name. */
  public String name() {
    return name;
  }
}
