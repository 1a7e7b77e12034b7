package io.workforce.orchestrator.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "jobs", description = "Start, watch and stop jobs")
class JobItemsController {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final JobQueries jobs;
  private final JobAccess access;

  JobItemsController(JdbcClient jdbc, JsonMapper json, JobQueries jobs, JobAccess access) {
    this.jdbc = jdbc;
    this.json = json;
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
    return jdbc.sql(
            "SELECT p.reference, p.outcome, p.reason, p.queue_item_id, p.finished_at, q.output FROM processed_item p "
                + "LEFT JOIN queue_item q ON q.id = p.queue_item_id WHERE p.job_id = ? ORDER BY p.id LIMIT "
                + size
                + " OFFSET "
                + (long) page * size)
        .param(id)
        .query(
            (rs, n) -> {
              String output = rs.getString("output");
              return new JobItemView(
                  rs.getString("reference"),
                  rs.getString("outcome"),
                  rs.getString("reason"),
                  Db.longOrNull(rs, "queue_item_id"),
                  output == null ? null : json.readValue(output, MAP),
                  Db.instant(rs, "finished_at"));
            })
        .list();
  }
}
