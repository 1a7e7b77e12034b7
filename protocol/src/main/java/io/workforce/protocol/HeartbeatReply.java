package io.workforce.protocol;

import java.time.Instant;
import java.util.List;

/**
 * The orchestrator's answer to a heartbeat.
 *
 * @param serverTime the orchestrator's clock, so a robot can notice a skewed clock
 * @param stopJobIds jobs of this robot that someone asked to stop: finish the current step, then
 *     report {@link JobState#CANCELLED}
 */
public record HeartbeatReply(Instant serverTime, List<Long> stopJobIds) {

  public HeartbeatReply {
    stopJobIds = stopJobIds == null ? List.of() : List.copyOf(stopJobIds);
  }
}
