package io.workforce.orchestrator.robot;

import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.db.Db;
import io.workforce.protocol.JobState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a robot may touch: only the jobs the dispatcher gave it, and through them only their queue,
 * their input file, their flow version and the credentials that version declares. Everything else
 * answers exactly as if it did not exist (the same 404 as a real miss), so that a robot's token
 * opens nothing beyond its own assignment and tells nothing about what else is there.
 *
 * <p>Two reaches: <b>working</b> (taking something: credentials, files, the flow, queue items)
 * needs the job ASSIGNED or RUNNING now; <b>reporting</b> (state, events, screenshots, item counts)
 * accepts any job the dispatcher gave this robot, finished ones too, because a robot's outbox
 * delivers what it recorded while the orchestrator was unreachable.
 */
@Component
public class RobotScope {

  /** States in which a robot works on a job. */
  public static final Set<JobState> WORKING = Set.of(JobState.ASSIGNED, JobState.RUNNING);

  /** States in which a robot may still finish the item in hand (a stop waits for it). */
  public static final Set<JobState> FINISHING =
      Set.of(JobState.ASSIGNED, JobState.RUNNING, JobState.STOPPING);

  private final JdbcClient jdbc;

  RobotScope(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A job as its robot may see it.
   *
   * @param id the job
   * @param state its state now
   * @param flowName its flow
   * @param flowVersion the version it runs
   * @param queueName the queue it consumes, or null
   * @param credentials the credentials its flow version declares
   * @param startedBy the person it runs for, or null
   * @param inputs its inputs (JSON)
   * @param startedAt when the robot reported it running, or null
   * @param assignedAt when the dispatcher gave it to the robot
   */
  public record Assigned(
      long id,
      JobState state,
      String flowName,
      int flowVersion,
      String queueName,
      List<String> credentials,
      String startedBy,
      String inputs,
      Instant startedAt,
      Instant assignedAt) {}

  /**
   * The job if the dispatcher gave it to this robot (in any state), else the 404 of a job that does
   * not exist.
   */
  public Assigned reporting(long robotId, long jobId) {
    return find(robotId, jobId).orElseThrow(() -> noSuchJob(jobId));
  }

  /** The job if it is this robot's and ASSIGNED or RUNNING now, else the 404 of a missing job. */
  public Assigned working(long robotId, long jobId) {
    return find(robotId, jobId)
        .filter(j -> WORKING.contains(j.state()))
        .orElseThrow(() -> noSuchJob(jobId));
  }

  /** The job if it is this robot's and in one of these states now. */
  public Optional<Assigned> in(long robotId, long jobId, Set<JobState> states) {
    return find(robotId, jobId).filter(j -> states.contains(j.state()));
  }

  /** This robot's jobs in one of these states. */
  public List<Assigned> jobs(long robotId, Set<JobState> states) {
    String in =
        states.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(","));
    return jdbc.sql(SELECT + " WHERE robot_id = ? AND state IN (" + in + ") ORDER BY id")
        .param(robotId)
        .query(RobotScope::assigned)
        .list();
  }

  /** The answer to a job id that names nothing: also the answer to one that is not the robot's. */
  public static NotFoundException noSuchJob(long jobId) {
    return NotFoundException.of("任务", "job", jobId);
  }

  private Optional<Assigned> find(long robotId, long jobId) {
    return jdbc.sql(SELECT + " WHERE id = ? AND robot_id = ?")
        .params(jobId, robotId)
        .query(RobotScope::assigned)
        .optional();
  }

  private static final String SELECT =
      "SELECT id, state, flow_name, flow_version, queue_name, credentials, started_by, inputs, "
          + "started_at, assigned_at FROM job";

  private static Assigned assigned(ResultSet rs, int n) throws SQLException {
    return new Assigned(
        rs.getLong("id"),
        JobState.valueOf(rs.getString("state")),
        rs.getString("flow_name"),
        rs.getInt("flow_version"),
        rs.getString("queue_name"),
        Db.splitList(rs.getString("credentials")),
        rs.getString("started_by"),
        rs.getString("inputs"),
        Db.instant(rs, "started_at"),
        Db.instant(rs, "assigned_at"));
  }
}
