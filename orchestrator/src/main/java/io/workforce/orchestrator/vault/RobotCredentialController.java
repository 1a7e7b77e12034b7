package io.workforce.orchestrator.vault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.CredentialSecret;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "robot protocol")
class RobotCredentialController {

  private final Checkouts checkouts;

  RobotCredentialController(Checkouts checkouts) {
    this.checkouts = checkouts;
  }

  @PostMapping("/api/v1/robot/jobs/{jobId}/credentials/{name}")
  @Operation(summary = "Check out a credential the job's flow declares (audited)")
  CredentialSecret checkout(
      Caller.Robot robot, @PathVariable long jobId, @PathVariable String name) {
    return checkouts.checkout(robot.robotId(), jobId, name);
  }
}
