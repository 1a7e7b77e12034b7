package io.workforce.orchestrator.schedule;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.flow.FlowShares;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may create and manage which schedule. A schedule's jobs run for the person who creates it,
 * never for someone they name ({@code runAs} may only be one's own name), so that a personal
 * credential is used only by a schedule its owner set up. Administrators create any schedule and
 * manage all; a clerk creates schedules of flows shared with them on the same terms as a start by
 * hand (inputs fixed by the share, no priority, pool or labels; a queue trigger watches the queue
 * the flow reads) and sees and manages only their own (another's answers 404). Supervisors read
 * them all.
 */
@Component
class ScheduleAccess {

  private final FlowShares shares;
  private final FlowCatalog flows;
  private final JdbcClient jdbc;

  ScheduleAccess(FlowShares shares, FlowCatalog flows, JdbcClient jdbc) {
    this.shares = shares;
    this.flows = flows;
    this.jdbc = jdbc;
  }

  /** The schedule as this caller may create it (runs for them), or a 400/403. */
  NewSchedule forCreate(Caller.User caller, NewSchedule s) {
    if (s.runAs() != null && !s.runAs().equals(caller.username())) {
      throw InvalidRequestException.field(
          "runAs",
          "计划的任务总是以创建计划的人的身份运行, 不能代别人设置 (收到 '" + s.runAs() + "'): 请不填此项; 需要以某人身份运行的计划须由其本人创建",
          "a schedule's jobs always run for the person who creates it, never for someone else (got '"
              + s.runAs()
              + "'): leave runAs out; a schedule that should use someone's personal credentials is"
              + " created by that person");
    }
    if (caller.has(Role.ADMINISTRATOR)) {
      return s;
    }
    List<String> notForClerks = new ArrayList<>();
    if (s.priority() != null) {
      notForClerks.add("priority");
    }
    if (s.pool() != null || (s.labels() != null && !s.labels().isEmpty())) {
      notForClerks.add(s.pool() != null ? "pool" : "labels");
    }
    if (!notForClerks.isEmpty()) {
      throw new ForbiddenException(
          Text.of(
              "办事员不能设置 " + notForClerks + " (由管理员决定)",
              "clerks may not set " + notForClerks + " (administrators decide those)"));
    }
    Map<String, Object> inputs =
        shares.inputsFor(caller, s.flow(), s.inputs() == null ? Map.of() : s.inputs());
    if ("QUEUE".equals(s.kind())) {
      String reads = flows.descriptor(s.flow(), flows.liveVersion(s.flow())).input().queue();
      if (!Objects.equals(reads, s.queue())) {
        throw new ForbiddenException(
            Text.of(
                "队列触发只能关注流程 '" + s.flow() + "' 读取的队列 '" + reads + "'",
                "a queue trigger of yours watches the queue flow '"
                    + s.flow()
                    + "' reads ('"
                    + reads
                    + "')"));
      }
    }
    return s.withInputs(inputs);
  }

  /** A 404 when a clerk names someone else's schedule (as if it did not exist). */
  void checkVisible(Caller.User caller, long id) {
    if (!caller.seesEverything()) {
      checkOwn(caller, id);
    }
  }

  /**
   * A 404 unless the caller may change this schedule: administrators any, everyone else only their
   * own (supervisors see every schedule but change none of others).
   */
  void checkManaged(Caller.User caller, long id) {
    if (!caller.has(Role.ADMINISTRATOR)) {
      checkOwn(caller, id);
    }
  }

  private void checkOwn(Caller.User caller, long id) {
    String owner =
        jdbc.sql("SELECT created_by FROM schedule WHERE id = ?")
            .param(id)
            .query(String.class)
            .optional()
            .orElse(null);
    if (!caller.username().equals(owner)) {
      throw NotFoundException.of("计划", "schedule", id);
    }
  }
}
