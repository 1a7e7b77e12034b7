package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.Multipart;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 22, finding 5: the data directory (H2 database, master key, uploads, the log) was readable
 * by every user of the machine. It is the orchestrator's alone: 0700, every file 0600, also an
 * existing directory made with looser modes by an older version.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class DataDirIT {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0
  };

  @Parameter TestDb db;

  @Test
  void theDataDirectoryAndEverythingInItAreTheOrchestratorsAloneAlsoAfterAnUpgrade()
      throws IOException {
    Path log = Files.createTempDirectory("workforce-log-").resolve("orchestrator.log");
    // left readable by an older version; it exists whether or not this JVM's logging (shared with
    // other orchestrators of the test run) is set up again for this one
    Files.createFile(
        log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
    try (TestOrchestrator o =
        TestOrchestrator.start(db, Map.of("logging.file.name", log.toString()))) {
      AdminApi clerk = o.person("datadir-clerk", "CLERK");
      clerk
          .postRaw(
              "/api/v1/job-files",
              Multipart.CONTENT_TYPE,
              Multipart.file("cases.csv", "code,name\n1,甲\n".getBytes(StandardCharsets.UTF_8)))
          .expect(201);
      o.admin().post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("dd-flow", 1)));
      long job =
          o.admin()
              .post("/api/v1/jobs", Map.of("flow", "dd-flow"))
              .expect(201)
              .json()
              .get("id")
              .asLong();
      SimRobot robot = SimRobot.enrol(o, "datadir-robot");
      robot.take(job);
      robot.client().uploadScreenshot(job, "shot.png", PNG);
      assertPrivate(o.dataDir(), log);

      o.stop();
      loosen(o.dataDir());
      Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
      assertThat(mode(o.dataDir())).isEqualTo("rwxr-xr-x");
      o.restart();
      assertPrivate(o.dataDir(), log);
    }
  }

  private static void assertPrivate(Path dir, Path log) throws IOException {
    assertThat(mode(dir)).as(dir.toString()).isEqualTo("rwx------");
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.toList();
    }
    // uploads are in the database: on PostgreSQL the master key may be all there is
    assertThat(all).as("files in the data directory").contains(dir.resolve("master.key"));
    for (Path p : all) {
      assertThat(mode(p))
          .as(p.toString())
          .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
    }
    assertThat(mode(log)).as("the log file").isEqualTo("rw-------");
  }

  private static void loosen(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
