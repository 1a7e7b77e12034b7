package io.workforce.orchestrator.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemStatusTest {

  @Test
  void anItemIsClaimedOnlyFromTheStatusesTheTableLetsBecomeInProgress() {
    assertThat(ItemStatus.CLAIMABLE)
        .containsExactlyInAnyOrder(ItemStatus.NEW, ItemStatus.SYSTEM_FAILED);
    assertThat(ItemStatus.OPEN)
        .containsExactlyInAnyOrder(
            ItemStatus.NEW, ItemStatus.IN_PROGRESS, ItemStatus.SYSTEM_FAILED);
  }

  @Test
  void aChangeTheTableDoesNotAllowIsRefusedBeforeItIsWritten() {
    assertThat(ItemStatus.change(ItemStatus.IN_PROGRESS, ItemStatus.SUCCESSFUL))
        .isEqualTo(ItemStatus.SUCCESSFUL);
    assertThatThrownBy(() -> ItemStatus.change(ItemStatus.SUCCESSFUL, ItemStatus.NEW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SUCCESSFUL to NEW");
  }
}
