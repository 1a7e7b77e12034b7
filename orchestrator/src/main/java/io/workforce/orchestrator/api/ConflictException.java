package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The request collides with the current state: a duplicate, a transition not allowed, a version
 * taken.
 */
public class ConflictException extends WorkforceException {

  private final Long existingId;

  public ConflictException(String slug, Text text) {
    this(slug, text, null);
  }

  public ConflictException(String slug, Text text, Long existingId) {
    super(HttpStatus.CONFLICT, slug, text, List.of());
    this.existingId = existingId;
  }

  @Override
  public Long existingId() {
    return existingId;
  }
}
