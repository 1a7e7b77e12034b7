package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.json.ProtocolJson;
import io.workforce.samples.SampleSystems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for secrets where they must never be: the staff passwords kept as credentials in the
 * orchestrator's vault, the enrolment key and the robots' own tokens, in everything the robots
 * wrote (console output, journals, reports, the outbox, names of screenshots and other files), the
 * orchestrator's log and the names of its data files, and every answer of its API the test received
 * (events, jobs, items, robots).
 */
final class Canary {

  private Canary() {}

  static void check(SyncRig rig, List<RobotProcess> robots) {
    Map<String, String> secrets = new LinkedHashMap<>();
    SampleSystems.accounts().stream()
        .filter(x -> !x.system().equals("health"))
        .forEach(x -> secrets.put(x.system() + " password of " + x.username(), x.password()));
    secrets.put("enrolment key", rig.enrolKey);
    for (RobotProcess r : robots) {
      Path state = r.stateDir().resolve("robot.json");
      assertThat(PosixFilePermissions.toString(permissions(state)))
          .as("permissions of %s", state)
          .isEqualTo("rw-------");
      secrets.put(
          "token of " + r.name(),
          ProtocolJson.mapper().readTree(read(state)).path("token").asString());
    }
    List<Path> files = new ArrayList<>();
    robots.forEach(r -> files.addAll(files(r.stateDir())));
    files.removeIf(p -> p.getFileName().toString().equals("robot.json"));
    assertThat(files).as("files the robots wrote").isNotEmpty();
    assertThat(files)
        .as("journals among them")
        .anyMatch(p -> p.getFileName().toString().startsWith("journal"));
    Map<String, String> places = new LinkedHashMap<>();
    files.forEach(p -> places.put(p.toString(), p + "\n" + read(p)));
    places.put("orchestrator log", read(rig.orchestrator.logFile()));
    places.put(
        "names of the orchestrator's files",
        String.join("\n", files(rig.orchestrator.dataDir()).stream().map(Path::toString).toList()));
    List<String> answers = rig.admin.bodies();
    places.put(
        "API answers after the set-up",
        String.join("\n", answers.subList(rig.setUpAnswers, answers.size())));
    secrets.forEach(
        (what, secret) -> {
          assertThat(secret).as(what).hasSizeGreaterThanOrEqualTo(8);
          places.forEach(
              (where, text) ->
                  assertThat(text.contains(secret)).as("%s in %s", what, where).isFalse());
        });
  }

  /** Every regular file under {@code dir} (none when it does not exist). */
  static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      return ""; // a spool file sent (and deleted) meanwhile
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
