package io.workforce.runtime.robot;

import io.workforce.protocol.FailureKind;
import io.workforce.protocol.JobState;
import io.workforce.protocol.JobUpdate;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a job ended, from how its items ended. A job of one item (a form, a flow without input) ends
 * as its item did, so that the clerk who started it sees the failure and its reason. A job of many
 * items (a queue, a spreadsheet) succeeds when it worked through them, each item keeping its own
 * outcome, and fails only when every item failed for the environment (a system down is the job's
 * problem, not the data's). A stop on request, or a shutdown of the robot that left work untaken,
 * cancels it.
 */
final class JobVerdict {

  /** Why a job may end early. */
  enum Interruption {
    NONE,
    STOP_REQUESTED,
    ROBOT_SHUTDOWN
  }

  private JobVerdict() {}

  /**
   * @param results every item's result, in the order they ended
   * @param oneItemJob whether the job is a single item by nature (form or no input)
   * @param runId the robot's run id (its journal and report are under that name on the robot)
   */
  static JobUpdate of(
      List<ItemResult> results, boolean oneItemJob, Interruption interruption, String runId) {
    Map<String, Object> result = counts(results);
    result.put("runId", runId);
    if (interruption != Interruption.NONE) {
      String key = interruption == Interruption.STOP_REQUESTED ? "job.cancelled" : "job.shutdown";
      return new JobUpdate(
          JobState.CANCELLED, null, RobotMessages.get(key, results.size()), result);
    }
    if (oneItemJob && results.size() == 1) {
      ItemResult only = results.get(0);
      result.put("outputs", StepEvents.masked(only.outputs()));
      if (only.status().ok()) {
        return JobUpdate.succeeded(result);
      }
      FailureKind kind =
          only.status() == ItemStatus.BUSINESS_FAILED ? FailureKind.BUSINESS : FailureKind.SYSTEM;
      return new JobUpdate(JobState.FAILED, kind, Secrets.mask(only.reason()), result);
    }
    boolean allSystem =
        !results.isEmpty()
            && results.stream().allMatch(r -> r.status() == ItemStatus.SYSTEM_FAILED);
    if (allSystem) {
      return new JobUpdate(
          JobState.FAILED,
          FailureKind.SYSTEM,
          Secrets.mask(RobotMessages.get("job.allfailed", results.size(), results.get(0).reason())),
          result);
    }
    return JobUpdate.succeeded(result);
  }

  /**
   * A job that ended (failed, or early) because it was stopped meanwhile: cancelled, with what it
   * did.
   */
  static JobUpdate cancelled(JobUpdate end) {
    Map<String, Object> result =
        end.result() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(end.result());
    return new JobUpdate(
        JobState.CANCELLED,
        null,
        RobotMessages.get("job.cancelled", result.getOrDefault("items", 0)),
        result);
  }

  private static Map<String, Object> counts(List<ItemResult> results) {
    Map<ItemStatus, Integer> by = new EnumMap<>(ItemStatus.class);
    results.forEach(r -> by.merge(r.status(), 1, Integer::sum));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", results.size());
    out.put("succeeded", by.getOrDefault(ItemStatus.SUCCEEDED, 0));
    out.put("unchanged", by.getOrDefault(ItemStatus.UNCHANGED, 0));
    out.put("businessFailed", by.getOrDefault(ItemStatus.BUSINESS_FAILED, 0));
    out.put("systemFailed", by.getOrDefault(ItemStatus.SYSTEM_FAILED, 0));
    out.put("stopped", by.getOrDefault(ItemStatus.STOPPED, 0));
    return out;
  }
}
