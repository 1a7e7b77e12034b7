package io.workforce.runtime.robot;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.runtime.input.InputException;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.input.WorkSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Where a job's items come from, by the flow's {@code input}: its work queue, the spreadsheet a
 * clerk uploaded (downloaded for the job, deleted after it), or the start form's fields (one item).
 * The same {@link Inputs} as {@code ./rpa run} read files and check fields, so a job behaves as the
 * same run on a clerk's desk.
 */
final class JobInputs {

  /** The input that names an uploaded file (the orchestrator's convention). */
  static final String FILE = "file";

  private JobInputs() {}

  /** Whether the flow runs once per job (form or no input) rather than per row or queue item. */
  static boolean oneItem(Flow flow) {
    return flow.input() instanceof FlowInput.Form || flow.input() instanceof FlowInput.None;
  }

  /**
   * The job's items.
   *
   * @param queue makes the source of a queue-reading flow
   * @throws InputException when the inputs do not fit the flow (missing file, bad field)
   */
  static WorkSource of(
      Flow flow,
      WorkAssignment job,
      OrchestratorClient client,
      Path filesDir,
      Function<String, WorkSource> queue) {
    FlowInput input = flow.input();
    if (input instanceof FlowInput.Queue q) {
      return queue.apply(job.queueName() != null ? job.queueName() : q.queue());
    }
    Map<String, String> fields = strings(job.inputs());
    if (input instanceof FlowInput.File f) {
      String fileId = fields.remove(FILE);
      if (fileId == null || fileId.isBlank()) {
        throw new InputException(
            RobotMessages.get(
                "input.nofile", job.jobId(), f.format().name().toLowerCase(Locale.ROOT)));
      }
      Path file = download(client, job.jobId(), fileId, f, filesDir);
      return new DeletingSource(Inputs.fromFile(file, f, fields), file);
    }
    return Inputs.fromFields(fields, input);
  }

  private static Path download(
      OrchestratorClient client, long jobId, String fileId, FlowInput.File f, Path dir) {
    if (!fileId.matches("[A-Za-z0-9_-]{1,100}")) {
      throw new InputException(RobotMessages.get("input.badfile", fileId));
    }
    byte[] content = client.downloadJobFile(jobId, fileId);
    try {
      Files.createDirectories(dir);
      Path file =
          dir.resolve(
              "job-" + jobId + "-" + fileId + "." + f.format().name().toLowerCase(Locale.ROOT));
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(RobotMessages.get("input.unwritable", dir), e);
    }
  }

  private static Map<String, String> strings(Map<String, Object> inputs) {
    Map<String, String> out = new LinkedHashMap<>();
    if (inputs != null) {
      inputs.forEach((k, v) -> out.put(k, v == null ? "" : String.valueOf(v)));
    }
    return out;
  }

  /** A file's rows; the file goes when the job is done with it. */
  private static final class DeletingSource implements WorkSource {
    private final WorkSource rows;
    private final Path file;

    DeletingSource(WorkSource rows, Path file) {
      this.rows = rows;
      this.file = file;
    }

    @Override
    public Optional<WorkItem> next() {
      return rows.next();
    }

    @Override
    public OptionalInt total() {
      return rows.total();
    }

    @Override
    public void completed(WorkItem item, ItemResult result) {
      rows.completed(item, result);
    }

    @Override
    public String describe() {
      return rows.describe();
    }

    @Override
    public void close() {
      rows.close();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        System.err.println(RobotMessages.get("input.undeletable", file));
      }
    }
  }
}
