package io.workforce.orchestrator.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the append-only rule (PostgreSQL has a PL/pgSQL trigger, see {@code db/vendor}):
 * refuses every UPDATE and DELETE on the audit log and the histories, so that not even a bug in our
 * own code can rewrite them.
 */
public final class AppendOnlyTrigger implements Trigger {

  private String table;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "table "
            + table
            + " is append-only: "
            + (newRow == null ? "DELETE" : "UPDATE")
            + " refused",
        "42501");
  }
}
