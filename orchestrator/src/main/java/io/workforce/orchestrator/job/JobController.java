package io.workforce.orchestrator.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.Paging;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.JobState;
import io.workforce.protocol.ScreenshotRef;
import io.workforce.protocol.StepEvent;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs", description = "Start, watch and stop jobs")
class JobController {

  private final JobService jobs;
  private final JobQueries queries;
  private final Screenshots screenshots;
  private final JobAccess access;

  JobController(JobService jobs, JobQueries queries, Screenshots screenshots, JobAccess access) {
    this.jobs = jobs;
    this.queries = queries;
    this.screenshots = screenshots;
    this.access = access;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Start a flow; it runs for the caller (startedBy, if given, must be the caller's own name:"
              + " 400 otherwise). 422 lists every reason it cannot start, e.g. a missing personal"
              + " credential; clerks: only flows shared with them")
  JobView start(Caller.User caller, @Valid @RequestBody StartJobRequest request) {
    return jobs.start(access.forStart(caller, request), caller.actor(), JobOrigin.MANUAL);
  }

  @GetMapping
  @Operation(summary = "Jobs, newest first (clerks: only their own)")
  List<JobView> list(
      Caller.User caller,
      @RequestParam(required = false) JobState state,
      @RequestParam(required = false) String flow,
      @RequestParam(required = false) Long robot,
      @RequestParam(required = false) String startedBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return queries.list(
        state,
        flow,
        robot,
        access.listFilter(caller, startedBy),
        from,
        to,
        Paging.of(page, size, 500));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One job with its state history")
  JobView get(Caller.User caller, @PathVariable long id) {
    access.checkVisible(caller, id);
    return queries.get(id);
  }

  @PostMapping("/{id}/stop")
  @Operation(
      summary =
          "Stop a job (pending: cancelled at once; running: STOPPING until the robot confirms)")
  JobView stop(Caller.User caller, @PathVariable long id) {
    access.checkVisible(caller, id);
    return jobs.stop(id, caller.actor());
  }

  @GetMapping("/{id}/events")
  @Operation(summary = "A job's events after a sequence number")
  List<StepEvent> events(
      Caller.User caller,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") long after,
      @RequestParam(defaultValue = "1000") int limit) {
    access.checkVisible(caller, id);
    return queries.events(id, after, Paging.limit("limit", limit, 5000));
  }

  @GetMapping("/{id}/screenshots")
  @Operation(summary = "A job's screenshots")
  List<ScreenshotRef> screenshots(Caller.User caller, @PathVariable long id) {
    access.checkVisible(caller, id);
    queries.get(id);
    return screenshots.list(id);
  }

  @GetMapping(
      value = "/{id}/screenshots/{ref}",
      produces = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
  @Operation(summary = "One screenshot by the robot's reference")
  ResponseEntity<Resource> screenshot(
      Caller.User caller, @PathVariable long id, @PathVariable String ref) {
    access.checkVisible(caller, id);
    Screenshots.Image image = screenshots.read(id, ref);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.contentType()))
        .contentLength(image.size())
        .body(new InputStreamResource(image.content()));
  }
}
