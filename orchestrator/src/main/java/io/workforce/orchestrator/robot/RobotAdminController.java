package io.workforce.orchestrator.robot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "robots", description = "Robots and their enrolment keys")
class RobotAdminController {

  private final RobotService robots;
  private final EnrolmentKeys keys;

  RobotAdminController(RobotService robots, EnrolmentKeys keys) {
    this.robots = robots;
    this.keys = keys;
  }

  @GetMapping("/robots")
  @Operation(summary = "All robots with state, current job and last heartbeat")
  List<RobotView> list() {
    return robots.list();
  }

  @GetMapping("/robots/{id}")
  @Operation(summary = "One robot")
  RobotView get(@PathVariable long id) {
    return robots.get(id);
  }

  @PostMapping("/robots/{id}/retire")
  @Operation(summary = "Retire a robot: its token stops working, its unfinished work goes back")
  RobotView retire(@PathVariable long id) {
    return robots.retire(id);
  }

  @PostMapping("/robots/{id}/re-enrolment-key")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Make a one-use key, valid one day, that re-enrols this robot only (a reinstalled machine);"
              + " any other enrolment under a taken name answers 409")
  CreatedEnrolmentKey reEnrolmentKey(@PathVariable long id) {
    return keys.createForRobot(robots.get(id));
  }

  @PostMapping("/enrolment-keys")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Make an enrolment key; its value is shown in this answer only")
  CreatedEnrolmentKey createKey(@Valid @RequestBody NewEnrolmentKey request) {
    return keys.create(request);
  }

  @GetMapping("/enrolment-keys")
  @Operation(summary = "Enrolment keys (without their values)")
  List<EnrolmentKeyView> listKeys() {
    return keys.list();
  }

  @PostMapping("/enrolment-keys/{id}/revoke")
  @Operation(summary = "Revoke an enrolment key")
  EnrolmentKeyView revokeKey(@PathVariable long id) {
    return keys.revoke(id);
  }
}
