package io.workforce.orchestrator.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The id or name in the request names nothing. */
public class NotFoundException extends WorkforceException {

  public NotFoundException(Text text) {
    super(HttpStatus.NOT_FOUND, "not-found", text, List.of());
  }

  /** "{what} '{name}' not found". */
  public static NotFoundException of(String whatZh, String whatEn, Object name) {
    return new NotFoundException(
        Text.of("找不到" + whatZh + " '" + name + "'", whatEn + " '" + name + "' not found"));
  }
}
