package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.upload.Blobs;
import io.workforce.protocol.ScreenshotRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screenshots robots upload. Kept in the database every node shares ({@link Blobs}) and named by
 * the orchestrator (a UUID): the robot's own reference is only a key, so no upload can choose a
 * name.
 */
@Service
public class Screenshots {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final RobotJobService jobs;
  private final Blobs blobs;
  private final TransactionTemplate tx;
  private final long maxBytes;

  Screenshots(
      JdbcClient jdbc,
      Clock clock,
      RobotJobService jobs,
      Blobs blobs,
      TransactionTemplate tx,
      WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.jobs = jobs;
    this.blobs = blobs;
    this.tx = tx;
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
    try {
      tx.executeWithoutResult(
          status -> {
            Blobs.Blob blob = write(image);
            jdbc.sql(
                    "INSERT INTO job_screenshot (job_id, ref, stored_name, content_type, size_bytes,"
                        + " created_at, blob_id) VALUES (?,?,?,?,?,?,?)")
                .params(jobId, ref, name, type, image.length, Db.ts(clock.instant()), blob.id())
                .update();
          });
    } catch (DuplicateKeyException e) {
      // the same screenshot sent twice at once (a retry): the first one stays, nothing of this one
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
    record Row(String name, String type, Long blob) {}
    Row row =
        jdbc.sql(
                "SELECT stored_name, content_type, blob_id FROM job_screenshot"
                    + " WHERE job_id = ? AND ref = ?")
            .params(jobId, ref)
            .query(
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), Db.longOrNull(rs, "blob_id")))
            .optional()
            .orElseThrow(() -> NotFoundException.of("截图", "screenshot", ref));
    Blobs.Blob blob =
        Optional.ofNullable(row.blob())
            .flatMap(blobs::find)
            .orElseThrow(
                () ->
                    // uploaded by an older version to a node that has not moved it in yet
                    new NotFoundException(
                        Text.of(
                            "截图 " + row.name() + " 不在数据库中 (旧版本上传, 所在节点尚未启动新版本)",
                            "screenshot "
                                + row.name()
                                + " is not in the database (uploaded by an older version to a node"
                                + " that has not started the new one yet)")));
    return new Image(row.type(), blob.size(), blobs.open(blob));
  }

  /**
   * @param contentType image/png or image/jpeg
   * @param size bytes
   * @param content read from the database as it is consumed
   */
  public record Image(String contentType, long size, InputStream content) {}

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

  private Blobs.Blob write(byte[] image) {
    try {
      return blobs.write(new ByteArrayInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the image is in memory
    }
  }
}
