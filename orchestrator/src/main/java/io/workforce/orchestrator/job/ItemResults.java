package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.ItemResult;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the items a run ended that did not come from a queue (spreadsheet rows, a form, an attended
 * run's items): outcome, reason, the item's number, key, inputs and outputs, for the run's page,
 * report and result file, and for the overview (throughput, time saved: an item that found nothing
 * to do saved no time).
 */
@Component
class ItemResults {

  private final JdbcTemplate template;
  private final JsonMapper json;
  private final FlowCatalog flows;
  private final Clock clock;

  ItemResults(JdbcTemplate template, JsonMapper json, FlowCatalog flows, Clock clock) {
    this.template = template;
    this.json = json;
    this.flows = flows;
    this.clock = clock;
  }

  /**
   * @param robotId the robot that ran them, or null for an attended run
   */
  void store(long jobId, String flowName, int flowVersion, Long robotId, List<ItemResult> results) {
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) == null || results.get(i).outcome() == null) {
        throw InvalidRequestException.field(
            "[" + i + "].outcome", "缺少结果", "an item result needs an outcome");
      }
    }
    double minutes = flows.descriptor(flowName, flowVersion).manualMinutesPerItem();
    Instant now = clock.instant();
    template.batchUpdate(
        "INSERT INTO processed_item (job_id, flow_name, robot_id, reference, outcome, reason, "
            + "manual_minutes, finished_at, item_index, item_key, inputs, outputs) "
            + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        results,
        500,
        (ps, r) -> {
          ps.setLong(1, jobId);
          ps.setString(2, flowName);
          if (robotId == null) {
            ps.setNull(3, Types.BIGINT);
          } else {
            ps.setLong(3, robotId);
          }
          ps.setString(4, cut(r.reference(), 200));
          ps.setString(5, r.outcome().name());
          ps.setString(6, cut(r.reason(), 2000));
          ps.setDouble(7, r.outcome() == ItemOutcome.UNCHANGED ? 0 : minutes);
          ps.setObject(8, Db.ts(r.finishedAt() == null ? now : r.finishedAt()));
          ps.setObject(9, r.index());
          ps.setString(10, text(r.key()));
          ps.setString(11, text(r.inputs()));
          ps.setString(12, text(r.outputs()));
        });
  }

  private String text(Map<String, Object> values) {
    return values == null || values.isEmpty() ? null : json.writeValueAsString(values);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
