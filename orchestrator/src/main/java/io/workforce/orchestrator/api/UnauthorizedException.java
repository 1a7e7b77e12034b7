package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The caller could not be identified: wrong user name or password, or no log-in where one is
 * needed.
 */
public class UnauthorizedException extends WorkforceException {

  public UnauthorizedException(String slug, Text text) {
    super(HttpStatus.UNAUTHORIZED, slug, text, List.of());
  }
}
