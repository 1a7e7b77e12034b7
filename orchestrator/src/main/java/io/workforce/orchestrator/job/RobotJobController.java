package io.workforce.orchestrator.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.EventBatchReply;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.ScreenshotRef;
import io.workforce.protocol.StepEvent;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/robot/jobs/{jobId}")
@Tag(name = "robot protocol")
class RobotJobController {

  private final RobotJobService jobs;
  private final Screenshots screenshots;

  RobotJobController(RobotJobService jobs, Screenshots screenshots) {
    this.jobs = jobs;
    this.screenshots = screenshots;
  }

  @PostMapping("/state")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Report RUNNING or how the job ended")
  void state(Caller.Robot robot, @PathVariable long jobId, @RequestBody JobUpdate update) {
    jobs.update(robot.robotId(), jobId, update);
  }

  @PostMapping("/events")
  @Operation(summary = "Send a batch of events (stored once per seq)")
  EventBatchReply events(
      Caller.Robot robot, @PathVariable long jobId, @RequestBody List<StepEvent> events) {
    return jobs.events(robot.robotId(), jobId, events);
  }

  @PostMapping(
      value = "/screenshots",
      consumes = {"image/png", "image/jpeg"})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Upload a screenshot (stored under a generated name)")
  ScreenshotRef screenshot(
      Caller.Robot robot,
      @PathVariable long jobId,
      @RequestParam String ref,
      @RequestBody byte[] image) {
    return screenshots.store(robot.robotId(), jobId, ref, image);
  }

  @PostMapping("/items")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Report outcomes of items that did not come from a queue")
  void items(Caller.Robot robot, @PathVariable long jobId, @RequestBody List<ItemResult> results) {
    jobs.items(robot.robotId(), jobId, results);
  }
}
