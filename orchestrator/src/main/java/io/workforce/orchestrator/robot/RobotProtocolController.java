package io.workforce.orchestrator.robot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.HeartbeatReply;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/robot")
@Tag(name = "robot protocol", description = "Calls robots make with their own token")
class RobotProtocolController {

  private final RobotService robots;

  RobotProtocolController(RobotService robots) {
    this.robots = robots;
  }

  @PostMapping("/enrol")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Enrol a robot with an enrolment key; answers its token (shown once)")
  EnrolResponse enrol(@RequestBody EnrolRequest request) {
    return robots.enrol(request);
  }

  @PostMapping("/heartbeat")
  @Operation(summary = "Sign of life; the answer lists jobs to stop")
  HeartbeatReply heartbeat(Caller.Robot robot, @RequestBody Heartbeat heartbeat) {
    return robots.heartbeat(robot.robotId(), heartbeat);
  }
}
