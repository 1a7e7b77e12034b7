package io.workforce.runtime.vault;

/**
 * The vault file or its key cannot be used; the message says which file and what to do. Never holds
 * a secret.
 */
public final class VaultException extends RuntimeException {

  public VaultException(String message) {
    super(message);
  }

  public VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
