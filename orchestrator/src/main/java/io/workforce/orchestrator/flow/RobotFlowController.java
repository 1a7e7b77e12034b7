package io.workforce.orchestrator.flow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.FlowDocument;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "robot protocol")
class RobotFlowController {

  private final FlowCatalog catalog;
  private final RobotScope scope;

  RobotFlowController(FlowCatalog catalog, RobotScope scope) {
    this.catalog = catalog;
    this.scope = scope;
  }

  @GetMapping("/api/v1/robot/flows/{name}/versions/{version}")
  @Operation(
      summary =
          "Fetch the flow version of a job this robot runs (any other version answers 404, as if it"
              + " did not exist)")
  FlowDocument fetch(Caller.Robot robot, @PathVariable String name, @PathVariable int version) {
    boolean runsIt =
        scope.jobs(robot.robotId(), RobotScope.WORKING).stream()
            .anyMatch(j -> j.flowName().equals(name) && j.flowVersion() == version);
    if (!runsIt) {
      throw FlowCatalog.noSuchVersion(name, version);
    }
    FlowVersionView v = catalog.version(name, version, true);
    return new FlowDocument(
        v.name(), v.version(), v.contentHash(), v.source(), name + "-v" + version + ".yaml");
  }
}
