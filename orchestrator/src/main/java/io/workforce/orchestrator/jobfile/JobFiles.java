package io.workforce.orchestrator.jobfile;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.sheet.SheetLimits;
import io.workforce.orchestrator.sheet.SpreadsheetGate;
import io.workforce.orchestrator.upload.Blobs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files uploaded as job inputs. Kept in the database every node shares ({@link Blobs}), under their
 * generated id (the uploaded name is only data); handed only to the robot running a job whose
 * inputs name them.
 */
@Service
public class JobFiles {

  /** The input key a job names its file with. */
  public static final String INPUT = "file";

  static final String ID_PATTERN = "jf_[0-9a-f]{32}";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final Blobs blobs;
  private final TransactionTemplate tx;
  private final SpreadsheetGate gate;
  private final SheetLimits limits;

  JobFiles(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      WorkforceProperties properties,
      Blobs blobs,
      TransactionTemplate tx,
      SpreadsheetGate gate) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.blobs = blobs;
    this.tx = tx;
    this.gate = gate;
    this.limits = SheetLimits.forJobFiles(properties);
  }

  /**
   * Stores an upload; a spreadsheet is read once (as a stream, within the limits, at most {@code
   * workforce.spreadsheets.max-parallel} at once) so that a broken or oversized one is refused now,
   * not by the robot.
   */
  public JobFileView store(String originalName, InputStream content, String actor)
      throws IOException {
    String name = originalName == null || originalName.isBlank() ? "upload" : originalName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    String format = format(name);
    Path upload = Files.createTempFile("workforce-upload-", ".tmp");
    try {
      MessageDigest digest = sha256();
      long size;
      try (InputStream in = new DigestInputStream(content, digest)) {
        size = Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
      }
      if (size == 0) {
        throw InvalidRequestException.field("file", "文件是空的", "the file is empty");
      }
      SheetPreview.Preview preview;
      try (SpreadsheetGate.Permit reading = gate.enter(actor, name)) {
        preview = SheetPreview.read(name, upload, limits);
      }
      String id = "jf_" + UUID.randomUUID().toString().replace("-", "");
      Instant now = clock.instant();
      String type =
          "csv".equals(format)
              ? "text/csv"
              : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      String sha = HexFormat.of().formatHex(digest.digest());
      String uploadedName = name;
      tx.executeWithoutResult(
          status -> {
            Blobs.Blob blob = writeBlob(upload);
            jdbc.sql(
                    "INSERT INTO job_file (id, original_name, content_type, size_bytes, sha256, data_rows,"
                        + " uploaded_by, created_at, blob_id) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(
                    id,
                    uploadedName,
                    type,
                    blob.size(),
                    sha,
                    preview.dataRows(),
                    actor,
                    Db.ts(now),
                    blob.id())
                .update();
          });
      return new JobFileView(
          id,
          name,
          type,
          size,
          sha,
          preview.dataRows(),
          preview.columns(),
          preview.first(),
          actor,
          now);
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  /** A file's description (without content). */
  public JobFileView get(String id) {
    return find(id).orElseThrow(() -> NotFoundException.of("输入文件", "input file", id));
  }

  /** The file named by a job's inputs, if any, and only when the job is assigned to this robot. */
  public Stored forRobot(long robotId, long jobId, String fileId) {
    String inputs =
        jdbc.sql("SELECT inputs FROM job WHERE id = ? AND robot_id = ?")
            .params(jobId, robotId)
            .query(String.class)
            .optional()
            .orElseThrow(
                () ->
                    new ForbiddenException(
                        Text.of(
                            "任务 " + jobId + " 不属于本机器人",
                            "job " + jobId + " is not assigned to this robot")));
    Object named = json.readTree(inputs).path(INPUT).asString(null);
    if (!fileId.equals(named)) {
      throw new ForbiddenException(
          Text.of(
              "任务 " + jobId + " 的输入中没有文件 " + fileId,
              "the inputs of job " + jobId + " do not name file " + fileId));
    }
    JobFileView v = get(fileId);
    Blobs.Blob blob =
        jdbc.sql("SELECT blob_id FROM job_file WHERE id = ?")
            .param(fileId)
            .query((rs, n) -> Db.longOrNull(rs, "blob_id"))
            .optional()
            .flatMap(b -> b == null ? Optional.empty() : blobs.find(b))
            .orElseThrow(
                () ->
                    // an upload of an older version whose node has not moved it in yet
                    new NotFoundException(
                        Text.of(
                            "输入文件 " + fileId + " 的内容不在数据库中 (旧版本上传, 所在节点尚未启动新版本)",
                            "the content of input file "
                                + fileId
                                + " is not in the database (uploaded by an older version to a node"
                                + " that has not started the new one yet)")));
    return new Stored(v, blob);
  }

  /** The content of a stored file, read from the database as it is consumed. */
  public InputStream open(Stored stored) {
    return blobs.open(stored.blob());
  }

  /**
   * @param file its description @param blob where its content is
   */
  public record Stored(JobFileView file, Blobs.Blob blob) {}

  Optional<JobFileView> find(String id) {
    if (id == null || !id.matches(ID_PATTERN)) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT * FROM job_file WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new JobFileView(
                    rs.getString("id"),
                    rs.getString("original_name"),
                    rs.getString("content_type"),
                    rs.getLong("size_bytes"),
                    rs.getString("sha256"),
                    Db.integer(rs, "data_rows"),
                    List.of(),
                    List.of(),
                    rs.getString("uploaded_by"),
                    Db.instant(rs, "created_at")))
        .optional();
  }

  static String format(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx")) {
      return "xlsx";
    }
    if (lower.endsWith(".csv")) {
      return "csv";
    }
    throw InvalidRequestException.field(
        "file",
        "只能上传 .xlsx 或 .csv 文件 (收到 '" + name + "')",
        "only .xlsx and .csv files can be a job's input (got '" + name + "')");
  }

  private Blobs.Blob writeBlob(Path content) {
    try (InputStream in = Files.newInputStream(content)) {
      return blobs.write(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file back from " + content, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
