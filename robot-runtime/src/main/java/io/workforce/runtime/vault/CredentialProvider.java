package io.workforce.runtime.vault;

import java.util.Optional;

/**
 * Where credentials come from: the local vault file when the runtime runs alone, the orchestrator
 * (a checkout for the current job) when it runs as a robot. The runtime asks once per credential
 * per run.
 */
@FunctionalInterface
public interface CredentialProvider {

  /** The credential of this name, or empty when there is none. */
  Optional<Credential> find(String name);

  /**
   * The credential of this name.
   *
   * @throws CredentialMissingException naming it and saying how to store it
   */
  default Credential get(String name) {
    return find(name).orElseThrow(() -> new CredentialMissingException(name));
  }
}
