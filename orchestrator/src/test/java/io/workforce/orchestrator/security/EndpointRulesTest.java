package io.workforce.orchestrator.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The declared rules, the expected matrix ({@code role-matrix.txt}, which RoleMatrixIT checks
 * against the running server) and the access table of {@code docs/rest-api.md} say the same thing,
 * in seconds and without a server.
 */
class EndpointRulesTest {

  private static final Path OPENAPI = Path.of("..", "docs", "openapi.json");
  private static final Path REST_API = Path.of("..", "docs", "rest-api.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z]+) (/\\S+)` \\| ([a-z, ]+) \\|$", Pattern.MULTILINE);

  @Test
  void everyLineOfTheRoleMatrixIsWhatTheRulesDeclare() throws IOException {
    List<String> wrong = new ArrayList<>();
    matrix()
        .forEach(
            (key, expected) -> {
              String actual = access(key).describe();
              if (!actual.equals(expected)) {
                wrong.add(
                    key + ": rules say '" + actual + "', role-matrix.txt says '" + expected + "'");
              }
            });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyEndpointOfTheCheckedInDocumentHasARuleThatLetsSomeoneIn() throws IOException {
    JsonNode document =
        ProtocolJson.mapper().readTree(Files.readString(OPENAPI, StandardCharsets.UTF_8));
    List<String> closed = new ArrayList<>();
    document
        .get("paths")
        .properties()
        .forEach(
            p ->
                p.getValue()
                    .propertyNames()
                    .forEach(
                        m -> {
                          String key = m.toUpperCase() + " " + p.getKey();
                          if (access(key).equals(Access.NOBODY)) {
                            closed.add(key);
                          }
                        }));
    assertThat(closed).as("documented endpoints that no rule opens").isEmpty();
  }

  @Test
  void theAccessTableOfTheRestApiPageListsEveryEndpointWithItsRoles() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = ROW.matcher(Files.readString(REST_API, StandardCharsets.UTF_8));
    while (m.find()) {
      documented.put(m.group(1) + " " + m.group(2), m.group(3).strip());
    }
    Map<String, String> matrix = matrix();
    assertThat(new TreeSet<>(documented.keySet()))
        .as("endpoints in docs/rest-api.md's access table")
        .isEqualTo(new TreeSet<>(matrix.keySet()));
    matrix.forEach((key, access) -> assertThat(documented.get(key)).as(key).isEqualTo(access));
  }

  @Test
  void anAddressWithoutARuleIsNobodys() {
    assertThat(EndpointRules.accessFor("GET", "/api/v1/something-new")).isEqualTo(Access.NOBODY);
    assertThat(EndpointRules.accessFor("DELETE", "/api/v1/users")).isEqualTo(Access.NOBODY);
    assertThat(EndpointRules.accessFor("POST", "/actuator/shutdown")).isEqualTo(Access.NOBODY);
    assertThat(EndpointRules.accessFor("GET", "/api/v1/robot/anything").describe())
        .isEqualTo("robot");
  }

  private static Access access(String key) {
    return EndpointRules.accessFor(
        key.substring(0, key.indexOf(' ')), key.substring(key.indexOf(' ') + 1));
  }

  /**
   * The documented part of role-matrix.txt, each line's parties written as {@link
   * Access#describe()} does.
   */
  private static Map<String, String> matrix() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = EndpointRulesTest.class.getResourceAsStream("/role-matrix.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.equals("extra:")) {
          break;
        }
        if (!l.isEmpty() && !l.startsWith("#")) {
          String[] f = l.split("\\s+");
          List<String> parties = List.of(f).subList(2, f.length);
          out.put(
              f[0] + " " + f[1],
              parties.equals(List.of("public")) || parties.equals(List.of("robot"))
                  ? parties.get(0)
                  : String.join(", ", parties));
        }
      }
    }
    return out;
  }
}
