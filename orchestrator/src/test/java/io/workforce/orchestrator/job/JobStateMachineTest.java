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

  @Test
  void theNamedSetsFollowTheTable() {
    assertThat(JobStateMachine.UNFINISHED)
        .containsExactlyInAnyOrder(
            JobState.PENDING, JobState.ASSIGNED, JobState.RUNNING, JobState.STOPPING);
    for (JobState s : JobState.values()) {
      assertThat(JobStateMachine.UNFINISHED.contains(s)).as(s.name()).isEqualTo(!s.isFinal());
    }
    assertThat(JobStateMachine.UNFINISHED)
        .containsAll(JobStateMachine.ON_A_ROBOT)
        .containsAll(JobStateMachine.HEADING_FOR_ITS_DEADLINE);
    assertThat(JobStateMachine.ON_A_ROBOT).containsAll(JobStateMachine.STARTED);
  }

  @Test
  void aSetBecomesAnSqlListInDeclarationOrder() {
    assertThat(io.workforce.orchestrator.db.Db.in(JobStateMachine.ON_A_ROBOT))
        .isEqualTo("('ASSIGNED','RUNNING','STOPPING')");
  }
}
