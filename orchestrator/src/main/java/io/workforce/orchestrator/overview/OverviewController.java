package io.workforce.orchestrator.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "overview", description = "The numbers of the operations overview")
class OverviewController {

  private final OverviewService overview;
  private final SlaRiskService slaRisk;

  OverviewController(OverviewService overview, SlaRiskService slaRisk) {
    this.overview = overview;
    this.slaRisk = slaRisk;
  }

  @GetMapping("/api/v1/overview")
  @Operation(
      summary =
          "Robots, items, success rate, time saved, throughput, backlog, SLA risk, failure reasons")
  Overview get() {
    return overview.compute();
  }

  @GetMapping("/api/v1/overview/sla-risk")
  @Operation(
      summary =
          "What the SLA-risk card counts: items (queue, due, expected finish, robot) and runs at risk")
  SlaRiskList slaRisk() {
    return slaRisk.list();
  }
}
