package io.workforce.orchestrator.jobfile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.orchestrator.security.Caller;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "jobs", description = "Start, watch and stop jobs")
class JobFileController {

  private final JobFiles files;
  private final RobotScope scope;
  private final JsonMapper json;

  JobFileController(JobFiles files, RobotScope scope, JsonMapper json) {
    this.files = files;
    this.scope = scope;
    this.json = json;
  }

  @PostMapping(value = "/api/v1/job-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Upload a job's input file (.xlsx/.csv); answers its id, row count and first rows")
  JobFileView upload(Caller caller, @RequestPart("file") MultipartFile file) throws IOException {
    try (InputStream content = file.getInputStream()) {
      return files.store(file.getOriginalFilename(), content, caller.actor());
    }
  }

  @GetMapping("/api/v1/job-files/{id}")
  @Operation(summary = "An uploaded input file's description (clerks: only their own uploads)")
  JobFileView get(Caller.User caller, @PathVariable String id) {
    JobFileView f = files.get(id);
    if (!caller.seesEverything() && !caller.username().equals(f.uploadedBy())) {
      // another clerk's upload is not theirs to know about
      throw NotFoundException.of("输入文件", "input file", id);
    }
    return f;
  }

  @GetMapping(
      value = "/api/v1/robot/jobs/{jobId}/files/{fileId}",
      produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  @Operation(
      summary =
          "Robot: download the input file of a job it runs (any other job or file answers 404, as"
              + " if it did not exist)")
  ResponseEntity<Resource> download(
      Caller.Robot robot, @PathVariable long jobId, @PathVariable String fileId) {
    String inputs = scope.working(robot.robotId(), jobId).inputs();
    if (!fileId.equals(json.readTree(inputs).path(JobFiles.INPUT).asString(null))) {
      throw NotFoundException.of("输入文件", "input file", fileId);
    }
    JobFiles.Stored s = files.forRobot(robot.robotId(), jobId, fileId);
    // streamed from the database chunk by chunk: the file is never whole in this node's memory
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(s.file().contentType()))
        .contentLength(s.blob().size())
        .body(new InputStreamResource(files.open(s)));
  }
}
