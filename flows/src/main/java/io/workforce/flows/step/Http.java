package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code http}: a JSON request to a system that does have an API.
 *
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param system the system whose address the URL is relative to (null = absolute URL)
 * @param url the path or address
 * @param headers request headers
 * @param body the JSON body: maps, lists, numbers, booleans, null and {@link Template} strings
 *     (null = none)
 * @param into the variable receiving the parsed JSON response (null = none)
 * @param expectStatus status codes that count as success (default 200–299); others are system
 *     errors
 * @param timeout the request timeout (null = default)
 */
public record Http(
    String path,
    SourceLocation location,
    String method,
    String system,
    Template url,
    Map<String, Template> headers,
    Object body,
    String into,
    List<Integer> expectStatus,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
