package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.flow.FlowShares;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may start which job and see which run. A job always runs for the person who starts it: their
 * own session or their own token, never a name in the request (administrators included), so that a
 * personal credential is used only for its owner's own jobs. Administrators start any flow; clerks
 * start only flows shared with them, with the inputs fixed for them, at the default priority and on
 * any robot; and see only the runs they started (another's run is "not found"). Supervisors and
 * administrators see every run.
 */
@Component
class JobAccess {

  private final FlowShares shares;
  private final JdbcClient jdbc;

  JobAccess(FlowShares shares, JdbcClient jdbc) {
    this.shares = shares;
    this.jdbc = jdbc;
  }

  /**
   * The start as it may go ahead for this caller (runs for the caller, fixed inputs applied), or a
   * 400/403.
   */
  StartJobRequest forStart(Caller.User caller, StartJobRequest r) {
    checkOwnName(caller, "startedBy", r.startedBy());
    if (caller.has(Role.ADMINISTRATOR)) {
      return r.runningFor(caller.username());
    }
    List<String> notForClerks = new ArrayList<>();
    if (r.version() != null) {
      notForClerks.add("version");
    }
    if (r.priority() != null) {
      notForClerks.add("priority");
    }
    if (r.pool() != null || !r.labels().isEmpty()) {
      notForClerks.add(r.pool() != null ? "pool" : "labels");
    }
    if (!notForClerks.isEmpty()) {
      throw new ForbiddenException(
          Text.of(
              "办事员不能设置 " + notForClerks + " (由管理员决定)",
              "clerks may not set " + notForClerks + " (administrators decide those)"));
    }
    Map<String, Object> inputs = shares.inputsFor(caller, r.flow(), r.inputs());
    return with(r, inputs, caller.username());
  }

  /**
   * A name the request gives for the person something runs for may only be the caller's own: a 400
   * naming the field otherwise (for administrators too).
   */
  static void checkOwnName(Caller.User caller, String field, String given) {
    if (given != null && !given.equals(caller.username())) {
      throw InvalidRequestException.field(
          field,
          "任务总是以启动它的人的身份运行, 不能代别人启动 (收到 '"
              + given
              + "'): 请不填此项, 或填您自己的用户名 '"
              + caller.username()
              + "'",
          "a job always runs for the person who starts it, nobody starts one for someone else (got '"
              + given
              + "'): leave "
              + field
              + " out or give your own user name '"
              + caller.username()
              + "'");
    }
  }

  /**
   * The {@code startedBy} a job list is limited to: the clerk themselves, or what was asked for.
   */
  String listFilter(Caller.User caller, String startedBy) {
    return caller.seesEverything() ? startedBy : caller.username();
  }

  /** A 404 when a clerk asks for someone else's job. */
  void checkVisible(Caller.User caller, long jobId) {
    if (caller.seesEverything()) {
      return;
    }
    String owner =
        jdbc.sql("SELECT started_by FROM job WHERE id = ?")
            .param(jobId)
            .query(String.class)
            .optional()
            .orElse(null);
    if (!caller.username().equals(owner)) {
      throw NotFoundException.of("任务", "job", jobId);
    }
  }

  private static StartJobRequest with(
      StartJobRequest r, Map<String, Object> inputs, String startedBy) {
    return new StartJobRequest(
        r.flow(), r.version(), inputs, r.priority(), r.deadline(), r.pool(), r.labels(), startedBy);
  }
}
