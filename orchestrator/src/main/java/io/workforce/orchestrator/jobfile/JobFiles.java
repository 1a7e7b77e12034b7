package io.workforce.orchestrator.jobfile;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.config.PrivateDataDir;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.sheet.SheetLimits;
import io.workforce.orchestrator.sheet.SpreadsheetGate;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Files uploaded as job inputs. Kept on disk under their generated id (never under the uploaded
 * name, so no upload can choose or traverse a path); handed only to the robot running a job whose
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
  private final Path dir;
  private final SpreadsheetGate gate;
  private final SheetLimits limits;

  JobFiles(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      WorkforceProperties properties,
      SpreadsheetGate gate) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.dir = properties.dataDir().resolve("job-files");
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
      write(id, upload);
      Instant now = clock.instant();
      String type =
          "csv".equals(format)
              ? "text/csv"
              : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      String sha = HexFormat.of().formatHex(digest.digest());
      jdbc.sql(
              "INSERT INTO job_file (id, original_name, content_type, size_bytes, sha256, data_rows, uploaded_by, created_at) "
                  + "VALUES (?,?,?,?,?,?,?,?)")
          .params(id, name, type, size, sha, preview.dataRows(), actor, Db.ts(now))
          .update();
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
    try {
      return new Stored(v, Files.readAllBytes(dir.resolve(v.id())));
    } catch (IOException e) {
      throw new NotFoundException(
          Text.of("输入文件 " + fileId + " 已丢失", "input file " + fileId + " is missing"));
    }
  }

  /**
   * @param file its description @param content its bytes
   */
  public record Stored(JobFileView file, byte[] content) {}

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

  private void write(String id, Path content) {
    try {
      PrivateDataDir.privateDirectory(dir);
      Path tmp = dir.resolve(id + ".tmp");
      Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
      PrivateDataDir.privateFile(tmp);
      Files.move(tmp, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store an input file in " + dir, e);
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
