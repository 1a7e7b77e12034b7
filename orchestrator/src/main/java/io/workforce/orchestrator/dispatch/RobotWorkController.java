package io.workforce.orchestrator.dispatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.WorkAssignment;
import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

@RestController
@Tag(name = "robot protocol")
class RobotWorkController {

  private final WorkWaiters waiters;
  private final Duration max;

  RobotWorkController(WorkWaiters waiters, WorkforceProperties properties) {
    this.waiters = waiters;
    this.max = properties.robots().longPollMax();
  }

  @GetMapping("/api/v1/robot/work")
  @Operation(
      summary =
          "Long poll for a job: 200 with the assignment as soon as there is one, 204 after the wait")
  DeferredResult<ResponseEntity<WorkAssignment>> work(
      Caller.Robot robot, @RequestParam(defaultValue = "30") long waitSeconds) {
    if (waitSeconds < 0) {
      throw InvalidRequestException.field("waitSeconds", "不能为负数", "must not be negative");
    }
    Duration wait = Duration.ofSeconds(waitSeconds);
    return waiters.poll(robot.robotId(), wait.compareTo(max) > 0 ? max : wait);
  }
}
