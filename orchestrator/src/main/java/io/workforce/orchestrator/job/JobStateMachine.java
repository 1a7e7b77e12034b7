package io.workforce.orchestrator.job;

import static io.workforce.protocol.JobState.ASSIGNED;
import static io.workforce.protocol.JobState.CANCELLED;
import static io.workforce.protocol.JobState.FAILED;
import static io.workforce.protocol.JobState.PENDING;
import static io.workforce.protocol.JobState.RUNNING;
import static io.workforce.protocol.JobState.STOPPING;
import static io.workforce.protocol.JobState.SUCCEEDED;

import io.workforce.protocol.JobState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The job state machine: the one table of allowed transitions, and the named sets of states that
 * queries use ({@code Db.in(ON_A_ROBOT)}), so no query types a state list of its own. Every state
 * change goes through {@link JobTransitions}, which checks it against {@link #allowed} and writes
 * it with a conditional update on the old state plus an append-only history row.
 *
 * <pre>
 * PENDING  -> ASSIGNED (dispatcher), CANCELLED (stop before a robot took it)
 * ASSIGNED -> RUNNING (robot), STOPPING (stop), FAILED (refused), CANCELLED (robot confirms stop),
 *             PENDING (the robot went offline before it started the job: another robot may take it)
 * RUNNING  -> SUCCEEDED, FAILED (robot or robot lost), STOPPING (stop), CANCELLED (robot confirms stop)
 * STOPPING -> CANCELLED (robot confirms), SUCCEEDED / FAILED (it finished before it saw the stop)
 * </pre>
 */
public final class JobStateMachine {

  private static final Map<JobState, EnumSet<JobState>> ALLOWED = new EnumMap<>(JobState.class);

  static {
    ALLOWED.put(PENDING, EnumSet.of(ASSIGNED, CANCELLED));
    ALLOWED.put(ASSIGNED, EnumSet.of(RUNNING, STOPPING, FAILED, CANCELLED, PENDING));
    ALLOWED.put(RUNNING, EnumSet.of(SUCCEEDED, FAILED, STOPPING, CANCELLED));
    ALLOWED.put(STOPPING, EnumSet.of(CANCELLED, SUCCEEDED, FAILED));
    ALLOWED.put(SUCCEEDED, EnumSet.noneOf(JobState.class));
    ALLOWED.put(FAILED, EnumSet.noneOf(JobState.class));
    ALLOWED.put(CANCELLED, EnumSet.noneOf(JobState.class));
  }

  /** A job holds a robot (and its systems' sessions and credentials). */
  public static final Set<JobState> ON_A_ROBOT =
      Collections.unmodifiableSet(EnumSet.of(ASSIGNED, RUNNING, STOPPING));

  /** The robot has started the job (it is past ASSIGNED and not yet ended). */
  public static final Set<JobState> STARTED =
      Collections.unmodifiableSet(EnumSet.of(RUNNING, STOPPING));

  /**
   * Not ended and nobody asked it to stop: its deadline still counts (a job being stopped is no
   * longer at risk of missing it).
   */
  public static final Set<JobState> HEADING_FOR_ITS_DEADLINE =
      Collections.unmodifiableSet(EnumSet.of(PENDING, ASSIGNED, RUNNING));

  /** Not ended: every state that has a way out. */
  public static final Set<JobState> UNFINISHED;

  static {
    Set<JobState> open = EnumSet.noneOf(JobState.class);
    ALLOWED.forEach(
        (from, targets) -> {
          if (!targets.isEmpty()) {
            open.add(from);
          }
        });
    UNFINISHED = Collections.unmodifiableSet(open);
  }

  private JobStateMachine() {}

  /** Whether {@code from -> to} is allowed. */
  public static boolean allowed(JobState from, JobState to) {
    return ALLOWED.get(from).contains(to);
  }

  /** The states a job may be in for it to move to {@code to}. */
  public static Set<JobState> sourcesOf(JobState to) {
    Set<JobState> sources = EnumSet.noneOf(JobState.class);
    ALLOWED.forEach(
        (from, targets) -> {
          if (targets.contains(to)) {
            sources.add(from);
          }
        });
    return sources;
  }

  /** The states a job can move to from {@code from}. */
  public static Set<JobState> targetsOf(JobState from) {
    return EnumSet.copyOf(ALLOWED.get(from));
  }
}
