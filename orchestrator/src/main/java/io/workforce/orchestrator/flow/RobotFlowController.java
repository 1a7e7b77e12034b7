package io.workforce.orchestrator.flow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.protocol.FlowDocument;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "robot protocol")
class RobotFlowController {

  private final FlowCatalog catalog;

  RobotFlowController(FlowCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/api/v1/robot/flows/{name}/versions/{version}")
  @Operation(summary = "Fetch a published flow version to run it")
  FlowDocument fetch(@PathVariable String name, @PathVariable int version) {
    FlowVersionView v = catalog.version(name, version, true);
    return new FlowDocument(
        v.name(), v.version(), v.contentHash(), v.source(), name + "-v" + version + ".yaml");
  }
}
