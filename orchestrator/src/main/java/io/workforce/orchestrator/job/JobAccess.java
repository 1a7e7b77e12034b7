package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.flow.FlowShares;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import io.workforce.orchestrator.user.UserService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may start which job and see which run. Administrators start any flow, and may start one for
 * another user ({@code startedBy}, audited). Clerks start only flows shared with them, with the
 * inputs fixed for them, always as themselves, at the default priority and on any robot; and see
 * only the runs they started (another's run is "not found"). Supervisors and administrators see
 * every run.
 */
@Component
class JobAccess {

  private final FlowShares shares;
  private final UserService users;
  private final JdbcClient jdbc;

  JobAccess(FlowShares shares, UserService users, JdbcClient jdbc) {
    this.shares = shares;
    this.users = users;
    this.jdbc = jdbc;
  }

  /**
   * The start as it may go ahead for this caller (startedBy filled in, fixed inputs applied), or a
   * 403/422.
   */
  StartJobRequest forStart(Caller.User caller, StartJobRequest r) {
    if (caller.has(Role.ADMINISTRATOR)) {
      String startedBy = r.startedBy() == null ? caller.username() : r.startedBy();
      if (!users.exists(startedBy)) {
        throw InvalidRequestException.field(
            "startedBy", "没有用户 '" + startedBy + "'", "no user '" + startedBy + "'");
      }
      return with(r, r.inputs(), startedBy);
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
    if (r.startedBy() != null && !r.startedBy().equals(caller.username())) {
      notForClerks.add("startedBy");
    }
    if (!notForClerks.isEmpty()) {
      throw new ForbiddenException(
          Text.of(
              "办事员不能设置 " + notForClerks + " (由管理员决定)",
              "clerks may not set " + notForClerks + " (administrators decide those)"));
    }
    List<Map<String, Object>> grants = shares.allSharesFor(caller, r.flow());
    if (grants.isEmpty()) {
      throw new ForbiddenException(
          Text.of(
              "流程 '" + r.flow() + "' 没有共享给您", "flow '" + r.flow() + "' is not shared with you"));
    }
    for (Map<String, Object> fixed : grants) {
      if (agrees(fixed, r.inputs())) {
        Map<String, Object> inputs = new HashMap<>(r.inputs());
        inputs.putAll(fixed);
        return with(r, inputs, caller.username());
      }
    }
    Map<String, Object> fixed = grants.get(0);
    throw new ForbiddenException(
        Text.of(
            "您只能以这些固定输入启动 '" + r.flow() + "': " + fixed,
            "you may start '" + r.flow() + "' only with these inputs fixed: " + fixed));
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

  private static boolean agrees(Map<String, Object> fixed, Map<String, Object> given) {
    return fixed.entrySet().stream()
        .allMatch(
            e ->
                !given.containsKey(e.getKey())
                    || Objects.equals(
                        String.valueOf(e.getValue()), String.valueOf(given.get(e.getKey()))));
  }

  private static StartJobRequest with(
      StartJobRequest r, Map<String, Object> inputs, String startedBy) {
    return new StartJobRequest(
        r.flow(), r.version(), inputs, r.priority(), r.deadline(), r.pool(), r.labels(), startedBy);
  }
}
