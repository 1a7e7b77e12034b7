package io.workforce.orchestrator.security;

import static io.workforce.orchestrator.security.Role.ADMINISTRATOR;
import static io.workforce.orchestrator.security.Role.CLERK;
import static io.workforce.orchestrator.security.Role.SUPERVISOR;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * THE place where every endpoint's access is declared: the first rule whose method and path match
 * decides. Every {@code /api/v1} endpoint has its own rule; an address no rule names is refused to
 * everyone, so a new endpoint without a rule cannot be reached by accident (and the role-matrix
 * test fails until it has one). Object-level limits come on top, in the features: clerks see only
 * their own runs and only the flows shared with them.
 */
public final class EndpointRules {

  /**
   * One rule.
   *
   * @param method HTTP method, or {@code *}
   * @param pattern a Spring path pattern
   * @param access who may call it
   */
  public record Rule(String method, PathPattern pattern, Access access) {}

  private static final PathPatternParser PARSER = new PathPatternParser();
  private static final Access PEOPLE = Access.people(CLERK, SUPERVISOR, ADMINISTRATOR);
  private static final Access READERS = Access.people(SUPERVISOR, ADMINISTRATOR);
  private static final Access ADMIN = Access.people(ADMINISTRATOR);
  private static final Access STARTERS = Access.people(CLERK, ADMINISTRATOR);

  private static final List<Rule> RULES =
      List.of(
          // log-in and the session
          rule("POST", "/api/v1/auth/login", Access.PUBLIC),
          rule("POST", "/api/v1/auth/logout", Access.PUBLIC),
          rule("GET", "/api/v1/auth/csrf", Access.PUBLIC),
          rule("GET", "/api/v1/me", PEOPLE),
          rule("PUT", "/api/v1/me/preferences", PEOPLE),
          rule("PUT", "/api/v1/me/password", PEOPLE),
          rule("GET", "/api/v1/me/tokens", PEOPLE),
          rule("POST", "/api/v1/me/tokens", PEOPLE),
          rule("DELETE", "/api/v1/me/tokens/{id}", PEOPLE),
          rule("GET", "/api/v1/me/flows", PEOPLE),
          rule("POST", "/api/v1/me/flows/{name}/attended-run", STARTERS),
          rule("POST", "/api/v1/me/runs/{id}/items", STARTERS),
          rule("POST", "/api/v1/me/runs/{id}/end", STARTERS),
          rule("GET", "/api/v1/me/credentials", PEOPLE),
          rule("PUT", "/api/v1/me/credentials/{name}", PEOPLE),
          rule("DELETE", "/api/v1/me/credentials/{name}", PEOPLE),
          // the robot protocol
          rule("POST", "/api/v1/robot/enrol", Access.PUBLIC),
          rule("*", "/api/v1/robot/**", Access.ROBOT),
          // users, groups, audit
          rule("GET", "/api/v1/users", READERS),
          rule("POST", "/api/v1/users", ADMIN),
          rule("GET", "/api/v1/users/{username}", READERS),
          rule("PUT", "/api/v1/users/{username}", ADMIN),
          rule("POST", "/api/v1/users/{username}/password", ADMIN),
          rule("POST", "/api/v1/users/{username}/unlock", ADMIN),
          rule("GET", "/api/v1/users/{username}/tokens", ADMIN),
          rule("DELETE", "/api/v1/users/{username}/tokens/{id}", ADMIN),
          rule("GET", "/api/v1/groups", READERS),
          rule("POST", "/api/v1/groups", ADMIN),
          rule("GET", "/api/v1/groups/{name}", READERS),
          rule("DELETE", "/api/v1/groups/{name}", ADMIN),
          rule("GET", "/api/v1/audit", READERS),
          rule("GET", "/api/v1/audit/export", READERS),
          // flows
          rule("GET", "/api/v1/flows", READERS),
          rule("POST", "/api/v1/flows", ADMIN),
          rule("GET", "/api/v1/flows/{name}", READERS),
          rule("GET", "/api/v1/flows/{name}/versions", READERS),
          rule("GET", "/api/v1/flows/{name}/versions/{version}", READERS),
          rule("PUT", "/api/v1/flows/{name}/live", ADMIN),
          rule("GET", "/api/v1/flows/{name}/shares", READERS),
          rule("PUT", "/api/v1/flows/{name}/shares", ADMIN),
          // jobs (clerks: only their own, see JobAccess)
          rule("POST", "/api/v1/jobs", STARTERS),
          rule("GET", "/api/v1/jobs", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}", PEOPLE),
          rule("POST", "/api/v1/jobs/{id}/stop", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/events", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/screenshots", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/screenshots/{ref}", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/items", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/result", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/result.xlsx", PEOPLE),
          rule("GET", "/api/v1/jobs/{id}/result.csv", PEOPLE),
          rule("POST", "/api/v1/job-files", STARTERS),
          rule("GET", "/api/v1/job-files/{id}", STARTERS),
          // robots
          rule("GET", "/api/v1/robots", READERS),
          rule("GET", "/api/v1/robots/{id}", READERS),
          rule("POST", "/api/v1/robots/{id}/retire", ADMIN),
          rule("POST", "/api/v1/robots/{id}/re-enrolment-key", ADMIN),
          rule("GET", "/api/v1/enrolment-keys", READERS),
          rule("POST", "/api/v1/enrolment-keys", ADMIN),
          rule("POST", "/api/v1/enrolment-keys/{id}/revoke", ADMIN),
          // queues and items
          rule("GET", "/api/v1/queues", READERS),
          rule("POST", "/api/v1/queues", ADMIN),
          rule("GET", "/api/v1/queues/{name}", READERS),
          rule("GET", "/api/v1/queues/{name}/items", READERS),
          rule("POST", "/api/v1/queues/{name}/items", ADMIN),
          rule("POST", "/api/v1/queues/{name}/items/import", ADMIN),
          rule("GET", "/api/v1/queues/{name}/items/export", READERS),
          rule("POST", "/api/v1/queues/{name}/retry-failed", READERS),
          rule("GET", "/api/v1/items/{id}", READERS),
          rule("POST", "/api/v1/items/{id}/retry", READERS),
          rule("POST", "/api/v1/items/{id}/abandon", READERS),
          // vault (secrets are write-only for everyone)
          rule("GET", "/api/v1/credentials", READERS),
          rule("POST", "/api/v1/credentials", ADMIN),
          rule("GET", "/api/v1/credentials/{name}", READERS),
          rule("PUT", "/api/v1/credentials/{name}/value", ADMIN),
          rule("PUT", "/api/v1/credentials/{name}/desktop-use", ADMIN),
          rule("DELETE", "/api/v1/credentials/{name}/personal/{user}", ADMIN),
          rule("GET", "/api/v1/credentials/{name}/checkouts", READERS),
          rule("POST", "/api/v1/vault/rotate-key", ADMIN),
          // settings: non-secret values such as system addresses (flows read them as ${env.NAME})
          rule("GET", "/api/v1/settings", READERS),
          rule("PUT", "/api/v1/settings/{name}", ADMIN),
          rule("DELETE", "/api/v1/settings/{name}", ADMIN),
          // schedules (clerks: only their own, see ScheduleAccess; a schedule runs for its creator)
          rule("GET", "/api/v1/schedules", PEOPLE),
          rule("POST", "/api/v1/schedules", STARTERS),
          rule("GET", "/api/v1/schedules/{id}", PEOPLE),
          rule("DELETE", "/api/v1/schedules/{id}", STARTERS),
          rule("POST", "/api/v1/schedules/{id}/pause", STARTERS),
          rule("POST", "/api/v1/schedules/{id}/resume", STARTERS),
          rule("PUT", "/api/v1/calendars/{name}", ADMIN),
          // overview
          rule("GET", "/api/v1/overview", READERS),
          rule("GET", "/api/v1/overview/trends", READERS),
          rule("GET", "/api/v1/overview/sla-risk", READERS),
          // the control center's live updates (each listener hears only about what it may see)
          rule("GET", "/api/v1/live", PEOPLE),
          // anything else under /api is nobody's until it has a rule above
          rule("*", "/api/**", Access.NOBODY),
          rule("GET", "/actuator/health", Access.PUBLIC),
          rule("GET", "/actuator/health/**", Access.PUBLIC),
          rule("GET", "/actuator/**", READERS),
          rule("*", "/actuator/**", Access.NOBODY),
          rule("GET", "/v3/api-docs", Access.PUBLIC),
          rule("GET", "/v3/api-docs/**", Access.PUBLIC),
          rule("GET", "/swagger-ui.html", Access.PUBLIC),
          rule("GET", "/swagger-ui/**", Access.PUBLIC),
          rule("*", "/error", Access.PUBLIC),
          // the control center's static files (its data comes from /api/v1, which is protected
          // above)
          rule("GET", "/**", Access.PUBLIC),
          rule("HEAD", "/**", Access.PUBLIC));

  private EndpointRules() {}

  /** All rules, in order. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** The access the first matching rule declares; {@link Access#NOBODY} when no rule matches. */
  public static Access accessFor(String method, String path) {
    PathContainer container = PathContainer.parsePath(path);
    for (Rule r : RULES) {
      if ((r.method().equals("*") || r.method().equalsIgnoreCase(method))
          && r.pattern().matches(container)) {
        return r.access();
      }
    }
    return Access.NOBODY;
  }

  private static Rule rule(String method, String pattern, Access access) {
    return new Rule(method, PARSER.parse(pattern), access);
  }
}
