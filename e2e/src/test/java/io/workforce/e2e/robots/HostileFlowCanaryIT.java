package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.SampleSystems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25's "Also", end to end: a real robot process runs a hostile flow (it types the canary
 * password into the sample intake system's login form, reads it back from the field and writes it
 * sliced and changed into logs, a check's message, an address, a screenshot's name, a CSV file, an
 * output and its failure, and has a script read the typed password back letter by letter, which the
 * robot refuses) for a real orchestrator on H2. Then the canary and its simple transforms (any
 * case, reversed, base64, URL-encoded, hex, and its letters and digits in order however split) are
 * searched for in every file the robot and the orchestrator wrote (console, journal, report, result
 * tables and other zip files unpacked, outbox, logs, the H2 database once closed), every API answer
 * and the control center's live feed: found nowhere.
 */
class HostileFlowCanaryIT {

  static final Path FLOW = Path.of("src/test/resources/robots/hostile-read-back.yaml");

  @Test
  void aFlowThatReadsThePasswordBackLeavesNoCopyOfItAnywhere(@TempDir Path dir) throws Exception {
    // '!', '/' and '+' so that its URL-encoded form differs from itself
    String canary =
        "Hostile-Canary!"
            + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
            + "/Pw+";
    try (SyncRig rig = new SyncRig(LiveOrchestrator.Db.H2, 8, 60, Map.of(), dir)) {
      StringBuffer feed = new StringBuffer();
      rig.admin.listen("/api/v1/live", feed);
      rig.admin
          .put(
              "/api/v1/credentials/intake-clerk/value",
              Map.of("username", SampleSystems.account("intake").username(), "secret", canary))
          .expect(204, 200);
      rig.admin
          .post(
              "/api/v1/flows",
              Map.of(
                  "source",
                  Files.readString(FLOW),
                  "sourceName",
                  "hostile-read-back.yaml",
                  "live",
                  true))
          .expect(201, 200);
      long job =
          rig.admin
              .post(
                  "/api/v1/jobs",
                  Map.of("flow", "hostile-read-back", "inputs", Map.of("note", "x")))
              .expect(201)
              .json()
              .path("id")
              .asLong();
      RobotProcess robot = rig.robot("robot-hostile");
      rig.await(
          "the hostile job ended",
          Duration.ofMinutes(4),
          () ->
              List.of("FAILED", "SUCCEEDED")
                  .contains(
                      rig.admin
                          .get("/api/v1/jobs/" + job)
                          .expect(200)
                          .json()
                          .path("state")
                          .asString()));
      String events = rig.admin.get("/api/v1/jobs/" + job + "/events").expect(200).body();
      assertThat(events)
          .as("the hostile steps ran and what they wrote is masked")
          .contains("systems.intake.login[3].log")
          .contains("systems.intake.login[7].write_csv")
          .contains("systems.intake.login[12].fail")
          .contains("a script does not run while the page holds a password")
          .contains("******");
      for (String path :
          List.of(
              "/api/v1/jobs",
              "/api/v1/jobs/" + job + "/items",
              "/api/v1/jobs/" + job + "/result",
              "/api/v1/jobs/" + job + "/screenshots",
              "/api/v1/audit",
              "/api/v1/robots",
              "/api/v1/overview",
              "/api/v1/credentials/intake-clerk",
              "/api/v1/credentials/intake-clerk/checkouts")) {
        rig.admin.get(path).expect(200);
      }
      assertThat(robot.terminate(Duration.ofMinutes(1))).isIn(0, 143);
      rig.orchestrator.stop(); // the H2 file is complete once the database is closed

      List<Path> files = new ArrayList<>(Canary.files(robot.stateDir()));
      files.addAll(Canary.files(rig.orchestrator.dataDir()));
      assertThat(files)
          .anyMatch(p -> p.getFileName().toString().startsWith("journal"))
          .anyMatch(p -> p.getFileName().toString().endsWith(".html"))
          .anyMatch(p -> p.getFileName().toString().endsWith(".png"))
          .anyMatch(p -> p.getFileName().toString().endsWith(".xlsx"))
          .anyMatch(p -> p.getFileName().toString().startsWith("copy-"))
          .anyMatch(p -> p.getFileName().toString().endsWith(".mv.db"));
      Map<String, String> places = new LinkedHashMap<>();
      files.forEach(p -> places.putAll(contents(p.toString(), bytes(p))));
      places.put("orchestrator log", text(bytes(rig.orchestrator.logFile())));
      places.put("API answers", String.join("\n", rig.admin.bodies()));
      assertThat(feed.toString()).as("the live feed was heard").contains("event:");
      places.put("live feed", feed.toString());

      Map<String, String> forms = forms(canary);
      String core = squeezed(canary);
      String reversed = new StringBuilder(core).reverse().toString();
      places.forEach(
          (where, text) -> {
            forms.forEach(
                (form, value) ->
                    assertThat(text).as("%s, %s", where, form).doesNotContainIgnoringCase(value));
            String s = squeezed(text);
            assertThat(s).as("%s, letters and digits in any case", where).doesNotContain(core);
            assertThat(s).as("%s, reversed", where).doesNotContain(reversed);
          });
    }
  }

  /** The canary's simple transforms, each looked for in any case. */
  private static Map<String, String> forms(String canary) {
    byte[] utf8 = canary.getBytes(StandardCharsets.UTF_8);
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("as is", canary);
    forms.put("reversed", new StringBuilder(canary).reverse().toString());
    forms.put("base64", Base64.getEncoder().withoutPadding().encodeToString(utf8));
    forms.put("base64url", Base64.getUrlEncoder().withoutPadding().encodeToString(utf8));
    forms.put("URL-encoded", URLEncoder.encode(canary, StandardCharsets.UTF_8));
    forms.put("encodeURIComponent", canary.replace("/", "%2F").replace("+", "%2B"));
    forms.put("hex", HexFormat.of().formatHex(utf8));
    return forms;
  }

  /**
   * A file's text, and that of every entry when it is a zip (xlsx, docx…) or gzip file: a copy
   * inside a compressed file would be invisible to a search of its raw bytes.
   */
  private static Map<String, String> contents(String name, byte[] bytes) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(name, name + "\n" + text(bytes));
    try {
      if (bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
          for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            out.putAll(contents(name + "!" + e.getName(), zip.readAllBytes()));
          }
        }
      } else if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          out.putAll(contents(name + "!gunzip", gz.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    return out;
  }

  /** Letters and digits only, lower case: what is left of a secret however it is cut and cased. */
  private static String squeezed(String text) {
    return text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  /** Bytes as text, one character per byte: any encoding of ASCII stays findable. */
  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      return new byte[0]; // a spool file sent (and deleted) meanwhile
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
