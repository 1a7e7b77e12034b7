package io.workforce.runtime.robot;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.FailureKind;
import io.workforce.protocol.JobState;
import io.workforce.protocol.JobUpdate;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobVerdictTest {

  private static ItemResult item(ItemStatus status, String reason) {
    return new ItemResult(
        status, status == ItemStatus.SUCCEEDED ? Map.of("receipt", "SL1") : Map.of(), reason, 1);
  }

  @Test
  void aOneItemJobFailsAsItsItemDidWithTheReasonMasked() {
    Secrets.register("verdict-secret-42");
    JobUpdate end =
        JobVerdict.of(
            List.of(item(ItemStatus.BUSINESS_FAILED, "id check failed for verdict-secret-42")),
            true,
            JobVerdict.Interruption.NONE,
            "run-1");
    assertThat(end.state()).isEqualTo(JobState.FAILED);
    assertThat(end.failureKind()).isEqualTo(FailureKind.BUSINESS);
    assertThat(end.message()).isEqualTo("id check failed for ******");
    assertThat(end.result()).containsEntry("runId", "run-1").containsEntry("businessFailed", 1);
  }

  @Test
  void aOneItemJobThatSucceededCarriesTheItemsOutputs() {
    JobUpdate end =
        JobVerdict.of(
            List.of(item(ItemStatus.SUCCEEDED, null)), true, JobVerdict.Interruption.NONE, "r");
    assertThat(end.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(end.result()).containsEntry("outputs", Map.of("receipt", "SL1"));
  }

  @Test
  void aJobOfManyItemsSucceedsWhenSomeItemsFailedForTheirData() {
    JobUpdate end =
        JobVerdict.of(
            List.of(
                item(ItemStatus.SUCCEEDED, null),
                item(ItemStatus.BUSINESS_FAILED, "bad"),
                item(ItemStatus.SYSTEM_FAILED, "timeout")),
            false,
            JobVerdict.Interruption.NONE,
            "r");
    assertThat(end.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(end.result())
        .containsEntry("items", 3)
        .containsEntry("succeeded", 1)
        .containsEntry("systemFailed", 1);
  }

  @Test
  void aJobOfManyItemsFailsAsASystemFailureWhenEveryItemFailedForTheEnvironment() {
    JobUpdate end =
        JobVerdict.of(
            List.of(
                item(ItemStatus.SYSTEM_FAILED, "registry down"),
                item(ItemStatus.SYSTEM_FAILED, "registry down")),
            false,
            JobVerdict.Interruption.NONE,
            "r");
    assertThat(end.state()).isEqualTo(JobState.FAILED);
    assertThat(end.failureKind()).isEqualTo(FailureKind.SYSTEM);
    assertThat(end.message()).contains("registry down");
  }

  @Test
  void aStopOnRequestOrAShutdownCancelsTheJob() {
    List<ItemResult> results =
        List.of(item(ItemStatus.SUCCEEDED, null), item(ItemStatus.STOPPED, "stopped"));
    JobUpdate stopped = JobVerdict.of(results, false, JobVerdict.Interruption.STOP_REQUESTED, "r");
    JobUpdate shutdown = JobVerdict.of(results, false, JobVerdict.Interruption.ROBOT_SHUTDOWN, "r");
    assertThat(stopped.state()).isEqualTo(JobState.CANCELLED);
    assertThat(stopped.result()).containsEntry("stopped", 1);
    assertThat(shutdown.state()).isEqualTo(JobState.CANCELLED);
    assertThat(shutdown.message()).isNotEqualTo(stopped.message());
  }

  @Test
  void aJobWithoutItemsSucceeds() {
    assertThat(JobVerdict.of(List.of(), false, JobVerdict.Interruption.NONE, "r").state())
        .isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void aJobThatFailedBecauseItWasStoppedMeanwhileIsCancelledWithWhatItDid() {
    JobUpdate failed =
        JobVerdict.of(
            List.of(item(ItemStatus.SYSTEM_FAILED, "credential refused")),
            true,
            JobVerdict.Interruption.NONE,
            "run-7");
    JobUpdate cancelled = JobVerdict.cancelled(failed);
    assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
    assertThat(cancelled.failureKind()).isNull();
    assertThat(cancelled.message()).contains("1");
    assertThat(cancelled.result()).containsEntry("runId", "run-7").containsEntry("systemFailed", 1);
    JobUpdate bare =
        JobVerdict.cancelled(JobUpdate.failed(FailureKind.SYSTEM, "credential refused"));
    assertThat(bare.state()).isEqualTo(JobState.CANCELLED);
    assertThat(bare.message()).contains("0");
  }
}
