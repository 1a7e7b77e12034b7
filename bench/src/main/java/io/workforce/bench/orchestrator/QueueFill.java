package io.workforce.bench.orchestrator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills a queue with new items in one statement (the rows and their "added" history, as {@code
 * QueueService.insert} writes them). Setting the scene only: adding items through the API is
 * measured by the load benchmark, and one row per transaction with fsync on would make the set-up
 * slower than the run.
 */
final class QueueFill {

  private QueueFill() {}

  /**
   * Adds {@code count} items with references {@code prefix1…prefixN} to {@code queue}, then
   * ANALYZE.
   */
  static void fill(OrchestratorBed bed, String queue, String prefix, int count)
      throws SQLException {
    try (Connection c = bed.connect();
        PreparedStatement add =
            c.prepareStatement(
                """
             WITH added AS (
               INSERT INTO queue_item (queue_name, reference, status, priority, deadline, payload, attempts,
                                       created_at, updated_at)
               SELECT ?, ? || g, 'NEW', 5, NULL,
                      '{"code":"91330106MA' || lpad(g::text, 8, '0') || '","name":"杭州测试科技有限公司","district":"西湖区"}',
                      0, now(), now()
               FROM generate_series(1, ?) g
               RETURNING id, created_at)
             INSERT INTO queue_item_history (item_id, at, from_status, to_status, attempt, reason)
             SELECT id, created_at, NULL, 'NEW', 0, 'added' FROM added""");
        Statement analyze = c.createStatement()) {
      add.setString(1, queue);
      add.setString(2, prefix);
      add.setInt(3, count);
      add.executeUpdate();
      analyze.execute("ANALYZE queue_item");
    }
  }
}
