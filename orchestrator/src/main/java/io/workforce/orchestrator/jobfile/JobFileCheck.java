package io.workforce.orchestrator.jobfile;

import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.job.JobStartCheck;
import io.workforce.orchestrator.job.StartJobRequest;
import io.workforce.orchestrator.security.Caller;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A flow that reads a spreadsheet starts only with an uploaded file of the flow's format, and a
 * clerk only with a file of their own: another clerk's upload is answered as if it did not exist
 * (as {@code GET /job-files/{id}} does).
 */
@Component
class JobFileCheck implements JobStartCheck {

  private final JobFiles files;

  JobFileCheck(JobFiles files) {
    this.files = files;
  }

  @Override
  public List<FieldProblem> check(FlowDescriptor flow, StartJobRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!"file".equals(flow.input().kind())) {
      return problems;
    }
    Object id = request.inputs().get(JobFiles.INPUT);
    String format = flow.input().format();
    if (id == null || id.toString().isBlank()) {
      problems.add(
          new FieldProblem(
              "inputs.file",
              "flow '" + flow.name() + "' reads a " + format + " file, and none was given",
              "upload it first (POST /api/v1/job-files), then start with {\"file\": \"<id>\"}"));
      return problems;
    }
    files
        .find(id.toString())
        .filter(JobFileCheck::startableByCaller)
        .ifPresentOrElse(
            f -> {
              if (format != null && !JobFiles.format(f.name()).equals(format)) {
                problems.add(
                    new FieldProblem(
                        "inputs.file",
                        "'" + f.name() + "' is not a " + format + " file",
                        "flow '" + flow.name() + "' reads " + format));
              }
            },
            () ->
                problems.add(
                    new FieldProblem(
                        "inputs.file",
                        "no uploaded file '" + id + "'",
                        "upload it first: POST /api/v1/job-files")));
    return problems;
  }

  /** People who see everything and starts without a person (schedules) may use any upload. */
  private static boolean startableByCaller(JobFileView file) {
    return !(Caller.current() instanceof Caller.User user)
        || user.seesEverything()
        || user.username().equals(file.uploadedBy());
  }
}
