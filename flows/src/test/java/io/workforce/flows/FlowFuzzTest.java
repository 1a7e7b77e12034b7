package io.workforce.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid flows 10,000 times, half as text (delete, duplicate, swap lines; retype and rename
 * values; re-indent; truncate; random bytes) and half as trees ({@link TreeMutator}: delete,
 * duplicate, swap, retype, rename and move nodes). The parser must return a flow or throw {@link
 * FlowValidationException} whose problems all have a position in the file, and must never hang.
 */
class FlowFuzzTest {

  /** -Dfuzz.cases=… -Dfuzz.seed=… explore further than the build does. */
  private static final int CASES = Integer.getInteger("fuzz.cases", 10_000);

  private static final long SEED = Long.getLong("fuzz.seed", 20_250_314L);
  private static final String[] VALUES = {
    "123",
    "-1",
    "0",
    "1.5",
    "true",
    "~",
    "[]",
    "{}",
    "\"${x\"",
    "\"${nope}\"",
    "[a, b]",
    "{ a: 1 }",
    "'text'",
    "\"${''.getClass()}\"",
    "2s",
    "\"\"",
    "\"text=\"",
    "\"role=[\"",
    "\"(\"",
    "\"${item.x + }\"",
    "- a",
    "&anchor x",
    "*alias",
    "\"${credential.password}\"",
    "\"${error.message}\"",
    "yyyy-MM-ddd",
    "business_error",
    "{ selector: '#a' }",
    "[ { log: a } ]",
    "\"\\u0000\"",
    "!!binary aGk="
  };
  private static final ExecutorService RUNNER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
          });

  private final FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);

  @AfterAll
  static void stop() {
    RUNNER.shutdownNow();
  }

  static List<String> seeds() throws Exception {
    List<String> seeds = new ArrayList<>();
    DocExamples.all().forEach(e -> seeds.add(e.yaml()));
    for (Path dir : List.of(Path.of("src/test/resources/valid"), Path.of("../samples/flows"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            seeds.add(Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      }
    }
    return seeds;
  }

  @Test
  void mutatedFlowsOnlyEverGiveLocatedValidationProblems() throws Exception {
    List<String> seeds = seeds();
    Random random = new Random(SEED);
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      String name = "fuzz-" + i + ".yaml";
      String seed = seeds.get(random.nextInt(seeds.size()));
      byte[] input = random.nextBoolean() ? mutate(seed, random) : TreeMutator.mutate(seed, random);
      Future<Object> run =
          RUNNER.submit(
              () -> {
                try {
                  return parser.parse(name, input);
                } catch (FlowValidationException e) {
                  return e;
                }
              });
      Object outcome;
      try {
        outcome = run.get(5, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        fail("case %d hung: %s", i, new String(input, StandardCharsets.UTF_8));
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        throw new AssertionError(
            "case "
                + i
                + " threw "
                + e.getCause()
                + " for:\n"
                + new String(input, StandardCharsets.UTF_8),
            e.getCause());
      }
      if (outcome instanceof FlowValidationException e) {
        rejected++;
        check(i, name, input, e);
      } else {
        assertThat(((Flow) outcome).steps()).isNotEmpty();
      }
    }
    // The mutations must mostly break flows, or the test proves little.
    assertThat(rejected).isGreaterThan(CASES / 2);
  }

  private static void check(int i, String name, byte[] input, FlowValidationException e) {
    int lines = (int) new String(input, StandardCharsets.ISO_8859_1).lines().count() + 1;
    for (Problem p : e.problems()) {
      String why = "case " + i + ": " + p + "\n" + new String(input, StandardCharsets.UTF_8);
      assertThat(p.location().file()).as(why).isEqualTo(name);
      assertThat(p.location().line()).as(why).isBetween(1, lines);
      assertThat(p.location().column()).as(why).isPositive();
      assertThat(p.message()).as(why).isNotBlank().doesNotContain("internal error");
    }
  }

  static byte[] mutate(String text, Random r) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int times = 1 + r.nextInt(3);
    for (int t = 0; t < times && !lines.isEmpty(); t++) {
      int a = r.nextInt(lines.size());
      int b = r.nextInt(lines.size());
      switch (r.nextInt(8)) {
        case 0 -> lines.remove(a);
        case 1 -> lines.add(a, lines.get(a));
        case 2 -> {
          String x = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, x);
        }
        case 3 -> lines.set(a, retype(lines.get(a), r));
        case 4 -> lines.set(a, rename(lines.get(a), r));
        case 5 ->
            lines.set(
                a, r.nextBoolean() ? "  " + lines.get(a) : lines.get(a).replaceFirst("^  ", ""));
        case 6 -> {
          return bytes(lines, r);
        }
        default -> {
          String joined = String.join("\n", lines);
          return joined
              .substring(0, r.nextInt(joined.length() + 1))
              .getBytes(StandardCharsets.UTF_8);
        }
      }
    }
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static String retype(String line, Random r) {
    int colon = line.indexOf(": ");
    String value = VALUES[r.nextInt(VALUES.length)];
    return colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value;
  }

  private static String rename(String line, Random r) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return line;
    }
    StringBuilder s = new StringBuilder(line);
    int at = r.nextInt(colon);
    if (r.nextBoolean()) {
      s.deleteCharAt(at);
    } else {
      s.insert(at, (char) ('a' + r.nextInt(26)));
    }
    return s.toString();
  }

  private static byte[] bytes(List<String> lines, Random r) {
    byte[] base = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] out = base.clone();
    for (int k = 0; k < 1 + r.nextInt(5); k++) {
      out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    }
    return out;
  }
}
