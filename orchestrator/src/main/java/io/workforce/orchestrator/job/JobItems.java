package io.workforce.orchestrator.job;

import io.workforce.orchestrator.db.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the items a job ended, in the order they ended, with their inputs and outputs. */
@Component
public class JobItems {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JobItems(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  private static final String SELECT =
      "SELECT p.reference, p.outcome, p.reason, p.queue_item_id, p.finished_at, p.item_index, "
          + "p.item_key, p.inputs, p.outputs, q.output AS queue_output, q.payload "
          + "FROM processed_item p LEFT JOIN queue_item q ON q.id = p.queue_item_id "
          + "WHERE p.job_id = ? ORDER BY p.id";

  /** One page of a job's items (the caller checked who may see the job). */
  public List<JobItemView> page(long jobId, int page, int size) {
    return jdbc.sql(SELECT + " LIMIT " + size + " OFFSET " + (long) page * size)
        .param(jobId)
        .query(this::view)
        .list();
  }

  /** Every item a job ended, for its result table and file (the caller checked who may see it). */
  public List<JobItemView> all(long jobId) {
    return jdbc.sql(SELECT).param(jobId).query(this::view).list();
  }

  private JobItemView view(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    String outputs = rs.getString("outputs");
    // rows kept before outputs were stored per item: a successful queue item's output is its own
    if (outputs == null && "SUCCESSFUL".equals(outcome)) {
      outputs = rs.getString("queue_output");
    }
    String inputs = rs.getString("inputs");
    if (inputs == null) {
      inputs = rs.getString("payload");
    }
    return new JobItemView(
        rs.getString("reference"),
        outcome,
        rs.getString("reason"),
        Db.longOrNull(rs, "queue_item_id"),
        map(outputs),
        Db.instant(rs, "finished_at"),
        (Integer) rs.getObject("item_index", Integer.class),
        map(rs.getString("item_key")),
        map(inputs));
  }

  private Map<String, Object> map(String text) {
    return text == null ? null : json.readValue(text, MAP);
  }
}
