package io.workforce.runtime.robot;

import io.workforce.protocol.CredentialSecret;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.runtime.vault.Credential;
import io.workforce.runtime.vault.CredentialProvider;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The robot's {@link CredentialProvider}: each credential is checked out from the orchestrator once
 * per job (the orchestrator audits the checkout and hands it only to the robot running a job whose
 * flow declares it). Secrets stay in this process's memory for the job's duration, are never
 * written anywhere, and are masked from the moment they arrive ({@link Credential} registers them
 * with {@link io.workforce.runtime.Secrets}).
 */
final class OrchestratorCredentials implements CredentialProvider {

  private final OrchestratorClient client;
  private final long jobId;
  private final Duration patience;
  private final Map<String, Credential> checkedOut = new ConcurrentHashMap<>();

  OrchestratorCredentials(OrchestratorClient client, long jobId, Duration patience) {
    this.client = client;
    this.jobId = jobId;
    this.patience = patience;
  }

  @Override
  public Optional<Credential> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (CredentialRefusedException e) {
      return Optional.empty();
    }
  }

  /**
   * The credential, checked out now or earlier in this job.
   *
   * @throws CredentialRefusedException with the orchestrator's reason (e.g. a clerk's personal
   *     value is missing)
   */
  @Override
  public Credential get(String name) {
    return checkedOut.computeIfAbsent(
        name,
        n -> {
          CredentialSecret secret;
          try {
            secret =
                Retrying.call("checkout " + n, patience, () -> client.checkoutCredential(jobId, n));
          } catch (OrchestratorException e) {
            throw new CredentialRefusedException(
                RobotMessages.get(
                    "credential.refused",
                    n,
                    jobId,
                    e.problem() != null && e.problem().detail() != null
                        ? e.problem().detail()
                        : e.getMessage()));
          }
          return new Credential(n, secret.username(), secret.secret(), secret.fields());
        });
  }

  /** Forgets the secrets of the job (the job ended). */
  void forget() {
    checkedOut.clear();
  }

  /** The orchestrator would not hand out a credential; the message says why (never the secret). */
  static final class CredentialRefusedException extends RuntimeException {
    CredentialRefusedException(String message) {
      super(message);
    }
  }
}
