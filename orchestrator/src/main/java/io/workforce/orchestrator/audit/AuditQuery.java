package io.workforce.orchestrator.audit;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Paging;
import io.workforce.orchestrator.db.Db;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searching the audit log: by actor, action (or its prefix, {@code credential.}), target, outcome,
 * time, text.
 */
@Component
class AuditQuery {

  /** The most rows one CSV export holds. */
  static final int EXPORT_MAX = 100_000;

  private final JdbcClient jdbc;

  AuditQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param actor exact actor
   * @param action exact action, or a prefix ending in '.' ({@code job.})
   * @param target exact target ({@code job:42})
   * @param outcome OK, FAILED or DENIED
   * @param from at or after
   * @param to before
   * @param text words in the target or detail (case-insensitive)
   */
  record Filter(
      String actor,
      String action,
      String target,
      AuditLog.Outcome outcome,
      Instant from,
      Instant to,
      String text) {}

  /** A page of matching rows, newest first. */
  List<AuditEvent> search(Filter f, Paging paging) {
    List<Object> params = new ArrayList<>();
    String sql =
        "SELECT * FROM audit_event" + where(f, params) + " ORDER BY id DESC" + paging.sql();
    return jdbc.sql(sql)
        .params(params)
        .query(
            (rs, n) ->
                new AuditEvent(
                    rs.getLong("id"),
                    Db.instant(rs, "at"),
                    rs.getString("actor"),
                    rs.getString("actor_kind"),
                    rs.getString("action"),
                    rs.getString("target"),
                    rs.getString("outcome"),
                    rs.getString("detail"),
                    rs.getString("remote_addr")))
        .list();
  }

  /** Every matching row (at most {@link #EXPORT_MAX}), oldest first, streamed to {@code sink}. */
  void forEach(Filter f, Consumer<AuditEvent> sink) {
    List<Object> params = new ArrayList<>();
    String sql =
        "SELECT * FROM audit_event" + where(f, params) + " ORDER BY id LIMIT " + EXPORT_MAX;
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              sink.accept(
                  new AuditEvent(
                      rs.getLong("id"),
                      Db.instant(rs, "at"),
                      rs.getString("actor"),
                      rs.getString("actor_kind"),
                      rs.getString("action"),
                      rs.getString("target"),
                      rs.getString("outcome"),
                      rs.getString("detail"),
                      rs.getString("remote_addr")));
            });
  }

  private static String where(Filter f, List<Object> params) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (f.from() != null && f.to() != null && !f.from().isBefore(f.to())) {
      throw InvalidRequestException.field("from", "须早于 to", "must be before 'to'");
    }
    add(w, params, " AND actor = ?", f.actor());
    if (f.action() != null && f.action().endsWith(".")) {
      add(w, params, " AND action LIKE ? ESCAPE '\\'", like(f.action()) + "%");
    } else {
      add(w, params, " AND action = ?", f.action());
    }
    add(w, params, " AND target = ?", f.target());
    add(w, params, " AND outcome = ?", f.outcome() == null ? null : f.outcome().name());
    add(w, params, " AND at >= ?", f.from() == null ? null : Db.ts(f.from()));
    add(w, params, " AND at < ?", f.to() == null ? null : Db.ts(f.to()));
    if (f.text() != null && !f.text().isBlank()) {
      String pattern = "%" + like(f.text().toLowerCase()) + "%";
      w.append(
          " AND (LOWER(COALESCE(detail, '')) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(target, '')) LIKE ? ESCAPE '\\')");
      params.add(pattern);
      params.add(pattern);
    }
    return w.toString();
  }

  private static void add(StringBuilder w, List<Object> params, String clause, Object value) {
    if (value != null) {
      w.append(clause);
      params.add(value);
    }
  }

  private static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
