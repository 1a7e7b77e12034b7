package io.workforce.orchestrator.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.JobState;
import org.junit.jupiter.api.Test;

class JobStateMachineTest {

  @Test
  void finalStatesAreNeverLeft() {
    for (JobState s : JobState.values()) {
      if (s.isFinal()) {
        assertThat(JobStateMachine.targetsOf(s)).as(s.name()).isEmpty();
      }
    }
  }

  @Test
  void aPendingJobCanOnlyBeAssignedOrCancelled() {
    assertThat(JobStateMachine.targetsOf(JobState.PENDING))
        .containsExactlyInAnyOrder(JobState.ASSIGNED, JobState.CANCELLED);
    assertThat(JobStateMachine.allowed(JobState.PENDING, JobState.RUNNING)).isFalse();
  }

  @Test
  void onlyAnAssignedJobMayGoBackToPending() {
    assertThat(JobStateMachine.sourcesOf(JobState.PENDING)).containsExactly(JobState.ASSIGNED);
  }

  @Test
  void aStoppingJobEndsCancelledOrAsItFinished() {
    assertThat(JobStateMachine.targetsOf(JobState.STOPPING))
        .containsExactlyInAnyOrder(JobState.CANCELLED, JobState.SUCCEEDED, JobState.FAILED);
    assertThat(JobStateMachine.sourcesOf(JobState.STOPPING))
        .containsExactlyInAnyOrder(JobState.ASSIGNED, JobState.RUNNING);
  }
}
