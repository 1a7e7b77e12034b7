package io.workforce.orchestrator.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "overview", description = "The numbers of the operations overview")
class TrendsController {

  private final TrendsService trends;

  TrendsController(TrendsService trends) {
    this.trends = trends;
  }

  @GetMapping("/api/v1/overview/trends")
  @Operation(
      summary =
          "Throughput per hour and day per flow and robot, figures per flow and robot, utilisation, "
              + "time saved this month")
  Trends get() {
    return trends.compute();
  }
}
