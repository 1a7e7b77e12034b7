package io.workforce.orchestrator.job;

import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.flow.FlowEnvironmentNames;
import io.workforce.orchestrator.setting.Settings;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.JobState;
import io.workforce.protocol.WorkAssignment;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The job side of dispatching: assign a job to a robot, describe the assignment, fail a job. */
@Component
public class JobAssignments {

  private final JobTransitions transitions;
  private final JobQueries queries;
  private final FlowCatalog flows;
  private final FlowEnvironmentNames environmentNames;
  private final Settings settings;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  JobAssignments(
      JobTransitions transitions,
      JobQueries queries,
      FlowCatalog flows,
      FlowEnvironmentNames environmentNames,
      Settings settings,
      Clock clock,
      ApplicationEventPublisher events) {
    this.transitions = transitions;
    this.queries = queries;
    this.flows = flows;
    this.environmentNames = environmentNames;
    this.settings = settings;
    this.clock = clock;
    this.events = events;
  }

  /** PENDING → ASSIGNED to this robot (inside the dispatcher's transaction). */
  public void assign(long jobId, long robotId, Instant at) {
    transitions.move(
        jobId,
        JobState.ASSIGNED,
        "dispatcher",
        "assigned to robot " + robotId,
        Map.of("robot_id", robotId, "assigned_at", at));
  }

  /**
   * What the robot is told about its job, with the settings its flow reads resolved for the robot's
   * labels.
   */
  public WorkAssignment assignment(long jobId, Collection<String> robotLabels) {
    JobView j = queries.get(jobId);
    String hash = flows.version(j.flowName(), j.flowVersion(), false).contentHash();
    return new WorkAssignment(
        j.id(),
        j.flowName(),
        j.flowVersion(),
        hash,
        j.inputs(),
        j.queueName(),
        j.priority(),
        j.deadline(),
        j.startedBy(),
        settings.resolve(environmentNames.of(j.flowName(), j.flowVersion()), robotLabels));
  }

  /**
   * Fails a job its robot no longer runs (the robot restarted while running it): a system failure,
   * and what the robot held for it (queue items) goes back at once ({@link JobEvents.Abandoned}).
   */
  public void abandoned(long jobId, long robotId, String reason) {
    fail(jobId, FailureKind.SYSTEM, reason);
    events.publishEvent(new JobEvents.Abandoned(jobId, robotId, reason));
  }

  /** Fails an active job (system or business) on the orchestrator's behalf. */
  public void fail(long jobId, FailureKind kind, String reason) {
    transitions.move(
        jobId,
        JobState.FAILED,
        "orchestrator",
        reason,
        Map.of(
            "failure_kind",
            kind.name(),
            "failure_message",
            reason,
            "finished_at",
            clock.instant()));
    events.publishEvent(
        new JobEvents.Finished(jobId, queries.get(jobId).flowName(), JobState.FAILED.name()));
  }
}
