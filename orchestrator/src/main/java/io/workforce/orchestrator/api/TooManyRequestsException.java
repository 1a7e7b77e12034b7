package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Refused for now, e.g. an account locked after failed log-ins; {@code Retry-After} says for how
 * long.
 */
public class TooManyRequestsException extends WorkforceException {

  private final long retryAfterSeconds;

  public TooManyRequestsException(String slug, Text text, long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, slug, text, List.of());
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
