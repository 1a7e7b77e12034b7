package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One source of truth per state machine: a set of job states or queue-item statuses in SQL is made
 * from the state machine's named sets ({@code JobStateMachine.ON_A_ROBOT}, {@code
 * ItemStatus.CLAIMABLE}…), never typed as a literal list that drifts from the enum.
 */
class StateSetsInSqlTest {

  private static final Pattern LITERAL_SET =
      Pattern.compile(
          "(?i)(state|status)\\s+IN\\s*\\(\\s*'[A-Z_]+'"
              + "|\\(\\s*'(PENDING|ASSIGNED|RUNNING|STOPPING|NEW|IN_PROGRESS|SYSTEM_FAILED)'\\s*,");

  @Test
  void noStateSetIsWrittenAsASqlLiteral() throws IOException {
    List<String> found = new ArrayList<>();
    Path main = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (LITERAL_SET.matcher(lines.get(i)).find()) {
            found.add(main.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).as("state sets written as SQL literals").isEmpty();
  }
}
