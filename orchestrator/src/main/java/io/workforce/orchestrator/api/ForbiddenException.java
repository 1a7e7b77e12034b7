package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The caller is known but may not do this (e.g. a robot asking for a credential its job does not
 * need).
 */
public class ForbiddenException extends WorkforceException {

  public ForbiddenException(Text text) {
    super(HttpStatus.FORBIDDEN, "forbidden", text, List.of());
  }
}
