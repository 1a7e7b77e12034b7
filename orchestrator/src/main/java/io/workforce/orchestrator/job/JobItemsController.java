package io.workforce.orchestrator.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.security.Caller;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "jobs", description = "Start, watch and stop jobs")
class JobItemsController {

  private final JobItems items;
  private final JobQueries jobs;
  private final JobAccess access;

  JobItemsController(JobItems items, JobQueries jobs, JobAccess access) {
    this.items = items;
    this.jobs = jobs;
    this.access = access;
  }

  @GetMapping("/api/v1/jobs/{id}/items")
  @Operation(
      summary = "The items a job finished, in the order they ended (clerks: only their own runs)")
  List<JobItemView> items(
      Caller.User caller,
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "500") int size) {
    if (page < 0 || size < 1 || size > 5000) {
      throw InvalidRequestException.field(
          "page/size", "页码须 ≥ 0, 每页 1-5000 条", "page must be >= 0 and size 1-5000");
    }
    access.checkVisible(caller, id);
    jobs.get(id);
    return items.page(id, page, size);
  }
}
