package io.workforce.orchestrator.security;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * THE place where every endpoint's access is declared: the first rule whose method and path match decides.
 * A path no rule matches is refused, so a new endpoint without a rule cannot be reached by accident.
 * Issue 8 replaces {@link Access#ADMIN} by per-role rules here (clerk, supervisor, administrator).
 */
public final class EndpointRules {

  /**
   * One rule.
   *
   * @param method HTTP method, or {@code *}
   * @param pattern a Spring path pattern
   * @param access who may call it
   */
  public record Rule(String method, PathPattern pattern, Access access) {
  }

  private static final PathPatternParser PARSER = new PathPatternParser();

  private static final List<Rule> RULES = List.of(
      rule("POST", "/api/v1/robot/enrol", Access.PUBLIC),
      rule("*", "/api/v1/robot/**", Access.ROBOT),
      rule("*", "/api/v1/**", Access.ADMIN),
      rule("GET", "/actuator/health", Access.PUBLIC),
      rule("GET", "/actuator/health/**", Access.PUBLIC),
      rule("*", "/actuator/**", Access.ADMIN),
      rule("GET", "/v3/api-docs", Access.PUBLIC),
      rule("GET", "/v3/api-docs/**", Access.PUBLIC),
      rule("GET", "/swagger-ui.html", Access.PUBLIC),
      rule("GET", "/swagger-ui/**", Access.PUBLIC),
      rule("*", "/error", Access.PUBLIC),
      // the control center's static files (its data comes from /api/v1, which is protected above)
      rule("GET", "/**", Access.PUBLIC));

  private EndpointRules() {
  }

  /** All rules, in order. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** The access the first matching rule declares, or null when no rule matches (refused). */
  public static Access accessFor(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (Rule r : RULES) {
      if ((r.method().equals("*") || r.method().equalsIgnoreCase(method)) && r.pattern().matches(container)) {
        return r.access();
      }
    }
    return null;
  }

  private static Rule rule(String method, String pattern, Access access) {
    return new Rule(method, PARSER.parse(pattern), access);
  }
}
