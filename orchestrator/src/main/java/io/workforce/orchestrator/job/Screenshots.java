package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.config.PrivateDataDir;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.protocol.ScreenshotRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Screenshots robots upload. Stored on disk under names the orchestrator generates (a UUID): the
 * robot's own reference is only a key in the database, so no upload can choose or traverse a path.
 */
@Service
public class Screenshots {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final RobotJobService jobs;
  private final Path dir;
  private final long maxBytes;

  Screenshots(JdbcClient jdbc, Clock clock, RobotJobService jobs, WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.jobs = jobs;
    this.dir = properties.screenshotDir();
    this.maxBytes = properties.uploads().maxScreenshotSize().toBytes();
  }

  /** Stores a screenshot once per (job, ref). */
  public ScreenshotRef store(long robotId, long jobId, String ref, byte[] image) {
    jobs.owned(robotId, jobId);
    if (ref == null || !ref.matches("[A-Za-z0-9._-]{1,100}")) {
      throw InvalidRequestException.field(
          "ref", "须为 1-100 个字母、数字、'.'、'_' 或 '-'", "must be 1-100 letters, digits, '.', '_' or '-'");
    }
    if (image.length > maxBytes) {
      throw InvalidRequestException.field(
          "body",
          "截图超过 " + maxBytes + " 字节",
          "the screenshot is larger than "
              + maxBytes
              + " bytes (workforce.uploads.max-screenshot-size)");
    }
    String type = contentType(image);
    Optional<String> existing = storedName(jobId, ref);
    if (existing.isPresent()) {
      return new ScreenshotRef(ref, existing.get());
    }
    String name = UUID.randomUUID() + (type.equals("image/png") ? ".png" : ".jpg");
    write(name, image);
    try {
      jdbc.sql(
              "INSERT INTO job_screenshot (job_id, ref, stored_name, content_type, size_bytes, created_at) "
                  + "VALUES (?,?,?,?,?,?)")
          .params(jobId, ref, name, type, image.length, Db.ts(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      delete(name);
      return new ScreenshotRef(ref, storedName(jobId, ref).orElseThrow());
    }
    return new ScreenshotRef(ref, name);
  }

  /** The screenshots of a job. */
  public List<ScreenshotRef> list(long jobId) {
    return jdbc.sql("SELECT ref, stored_name FROM job_screenshot WHERE job_id = ? ORDER BY id")
        .param(jobId)
        .query((rs, n) -> new ScreenshotRef(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** A stored screenshot by the robot's reference. */
  public Image read(long jobId, String ref) {
    record Row(String name, String type) {}
    Row row =
        jdbc.sql(
                "SELECT stored_name, content_type FROM job_screenshot WHERE job_id = ? AND ref = ?")
            .params(jobId, ref)
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
            .optional()
            .orElseThrow(() -> NotFoundException.of("截图", "screenshot", ref));
    try {
      return new Image(row.type(), Files.readAllBytes(dir.resolve(row.name())));
    } catch (IOException e) {
      throw new NotFoundException(
          Text.of("截图文件 " + row.name() + " 已丢失", "screenshot file " + row.name() + " is missing"));
    }
  }

  /**
   * @param contentType image/png or image/jpeg
   */
  public record Image(String contentType, byte[] bytes) {}

  private Optional<String> storedName(long jobId, String ref) {
    return jdbc.sql("SELECT stored_name FROM job_screenshot WHERE job_id = ? AND ref = ?")
        .params(jobId, ref)
        .query(String.class)
        .optional();
  }

  private static String contentType(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
      return "image/jpeg";
    }
    throw InvalidRequestException.field(
        "body", "截图须为 PNG 或 JPEG", "a screenshot must be a PNG or JPEG image");
  }

  private void write(String name, byte[] image) {
    try {
      PrivateDataDir.privateDirectory(dir);
      Path tmp = dir.resolve(name + ".tmp");
      Files.write(tmp, image);
      PrivateDataDir.privateFile(tmp);
      Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store screenshot in " + dir, e);
    }
  }

  private void delete(String name) {
    try {
      Files.deleteIfExists(dir.resolve(name));
    } catch (IOException e) {
      // an orphan file is harmless
    }
  }
}
