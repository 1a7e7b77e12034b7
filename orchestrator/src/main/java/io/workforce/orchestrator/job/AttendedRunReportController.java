package io.workforce.orchestrator.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobUpdate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the desktop assistant reports about an attended run it started ({@code POST
 * /me/flows/{name}/attended-run} answers its job id): its items and its end. Only the person who
 * started the run; any other id is a 404.
 */
@RestController
@Tag(name = "jobs", description = "Start, watch and stop jobs")
@RequestMapping("/api/v1/me/runs/{id}")
class AttendedRunReportController {

  private final AttendedRuns runs;

  AttendedRunReportController(AttendedRuns runs) {
    this.runs = runs;
  }

  @PostMapping("/items")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Report the items one's own attended run ended (outcomes, inputs, outputs)")
  void items(Caller.User caller, @PathVariable long id, @RequestBody List<ItemResult> results) {
    runs.items(caller, id, results);
  }

  @PostMapping("/end")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Report that one's own attended run ended (SUCCEEDED, FAILED, CANCELLED)")
  void end(Caller.User caller, @PathVariable long id, @RequestBody JobUpdate update) {
    runs.end(caller, id, update);
  }
}
