package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.AdminApi.Response;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the served OpenAPI document × every kind of caller gets exactly the access that
 * {@code role-matrix.txt} expects: allowed callers pass the gate (any answer but a refusal, never a
 * 5xx), the others get 401 (anonymous) or 403 (wrong role). An endpoint without an expected line
 * fails the build.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class RoleMatrixIT {

  enum Party {
    ANONYMOUS,
    ROBOT,
    CLERK,
    SUPERVISOR,
    ADMINISTRATOR
  }

  private static final Set<String> REFUSALS =
      Set.of("unauthenticated", "robot-token-required", "invalid-token", "access-denied", "csrf");

  @Parameter TestDb db;

  private final Map<Party, AdminApi> clients = new EnumMap<>(Party.class);
  private TestOrchestrator orchestrator;

  @Test
  void everyEndpointAnswersExactlyTheCallersItsRuleAllows() throws IOException {
    orchestrator = SharedOrchestrator.on(db);
    Expected expected = Expected.load();
    JsonNode document = orchestrator.anonymous().get("/v3/api-docs").expect(200).json();
    Map<String, JsonNode> operations = operations(document);
    assertThat(new TreeSet<>(expected.documented().keySet()))
        .as("role-matrix.txt must name exactly the endpoints of the OpenAPI document")
        .isEqualTo(new TreeSet<>(operations.keySet()));
    login();

    List<String> wrong = new ArrayList<>();
    operations.forEach((key, op) -> declared(key, op, expected.documented().get(key), wrong));
    operations.forEach((key, op) -> check(key, op, expected.documented().get(key), wrong));
    expected.extra().forEach((key, allowed) -> check(key, null, allowed, wrong));
    assertThat(wrong).as("endpoints whose access differs from role-matrix.txt").isEmpty();
  }

  /** The document itself tells every client who may call each operation. */
  private static void declared(String key, JsonNode op, Set<Party> allowed, List<String> wrong) {
    String expected =
        allowed.containsAll(EnumSet.allOf(Party.class))
            ? "public"
            : allowed.equals(EnumSet.of(Party.ROBOT))
                ? "robot"
                : allowed.isEmpty()
                    ? "nobody"
                    : String.join(", ", allowed.stream().map(p -> p.name().toLowerCase()).toList());
    String actual = op.path("x-workforce-access").asString("(none)");
    if (!actual.equals(expected)) {
      wrong.add(
          key
              + ": the document declares x-workforce-access '"
              + actual
              + "', expected '"
              + expected
              + "'");
    }
  }

  private void check(String key, JsonNode op, Set<Party> allowed, List<String> wrong) {
    for (Party party : Party.values()) {
      Response r = call(party, key, op);
      boolean refused =
          r.problemType() != null
              && REFUSALS.contains(r.problemType())
              && (r.status() == 401 || r.status() == 403);
      if (r.status() >= 500) {
        wrong.add(key + " as " + party + ": " + r.status() + " " + r.body());
      } else if (refused == allowed.contains(party)) {
        wrong.add(
            key
                + " as "
                + party
                + ": expected "
                + (refused ? "allowed" : "refused")
                + " but got "
                + r.status()
                + " "
                + r.body());
      } else if (refused && party == Party.ANONYMOUS && r.status() != 401) {
        wrong.add(
            key
                + " as ANONYMOUS: a refusal of someone not logged in must be 401, got "
                + r.status());
      }
      if (key.equals("POST /api/v1/auth/logout")) {
        login(); // the call ended the people's sessions
      }
    }
  }

  private Response call(Party party, String key, JsonNode op) {
    String method = key.substring(0, key.indexOf(' '));
    String path =
        key.substring(key.indexOf(' ') + 1)
            .replaceAll("\\{(id|jobId)}", "999999999")
            .replace("{version}", "1")
            .replaceAll("\\{[a-zA-Z]+}", "no-such-thing");
    List<String> query = new ArrayList<>();
    String contentType = null;
    byte[] body = null;
    if (op != null) {
      for (JsonNode p : op.path("parameters")) {
        if (p.path("in").asString().equals("query") && p.path("required").asBoolean(false)) {
          query.add(p.get("name").asString() + "=x");
        }
      }
      JsonNode content = op.path("requestBody").path("content");
      if (!content.isMissingNode()) {
        contentType =
            content.has("application/json")
                ? "application/json"
                : content.propertyNames().iterator().next();
        body =
            contentType.startsWith("multipart/")
                ? "--b--\r\n".getBytes(StandardCharsets.UTF_8)
                : contentType.equals("application/json")
                    ? "{}".getBytes(StandardCharsets.UTF_8)
                    : new byte[] {'x'};
        contentType =
            contentType.startsWith("multipart/") ? contentType + "; boundary=b" : contentType;
      }
    }
    if (path.endsWith("/robot/work")) {
      query.add("waitSeconds=0");
    }
    String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    return clients.get(party).send(method, target, contentType, body);
  }

  private void login() {
    AdminApi anonymous = orchestrator.browser();
    anonymous.get("/api/v1/auth/csrf").expect(200);
    clients.put(Party.ANONYMOUS, anonymous);
    if (!clients.containsKey(Party.ROBOT)) {
      clients.put(
          Party.ROBOT,
          orchestrator.anonymous().withToken(SimRobot.enrol(orchestrator, "matrix-robot").token()));
    }
    clients.put(Party.CLERK, orchestrator.person("matrix-clerk", "CLERK"));
    clients.put(Party.SUPERVISOR, orchestrator.person("matrix-supervisor", "SUPERVISOR"));
    clients.put(Party.ADMINISTRATOR, orchestrator.person("matrix-admin", "ADMINISTRATOR"));
  }

  private static Map<String, JsonNode> operations(JsonNode document) {
    Map<String, JsonNode> ops = new LinkedHashMap<>();
    document
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            ops.put(
                                op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
    return ops;
  }

  /** The expected matrix: documented endpoints, and extra addresses outside the document. */
  record Expected(Map<String, Set<Party>> documented, Map<String, Set<Party>> extra) {

    static Expected load() throws IOException {
      Map<String, Set<Party>> documented = new LinkedHashMap<>();
      Map<String, Set<Party>> extra = new LinkedHashMap<>();
      Map<String, Set<Party>> into = documented;
      try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/role-matrix.txt")) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String l = line.strip();
          if (l.equals("extra:")) {
            into = extra;
          } else if (!l.isEmpty() && !l.startsWith("#")) {
            String[] f = l.split("\\s+");
            Set<Party> parties = EnumSet.noneOf(Party.class);
            for (int i = 2; i < f.length; i++) {
              switch (f[i]) {
                case "public" -> parties.addAll(EnumSet.allOf(Party.class));
                case "nobody" -> {}
                default -> parties.add(Party.valueOf(f[i].toUpperCase()));
              }
            }
            into.put(f[0] + " " + f[1], parties);
          }
        }
      }
      return new Expected(documented, extra);
    }
  }
}
