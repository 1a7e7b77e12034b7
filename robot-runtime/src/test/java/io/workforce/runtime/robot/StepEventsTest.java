package io.workforce.runtime.robot;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.EventKind;
import io.workforce.protocol.StepEvent;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.RunEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepEventsTest {

  private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");

  @Test
  void aFailedStepBecomesAnErrorEventNamingItsScreenshotByFileName() {
    StepEvent e =
        StepEvents.of(
            7,
            new RunEvent.StepFinished(
                AT,
                2,
                "steps[3].fill",
                120,
                "failed",
                "system",
                "element #x not found",
                "screenshots/item-2 steps[3].fill.png",
                null));
    assertThat(e.seq()).isEqualTo(7);
    assertThat(e.kind()).isEqualTo(EventKind.STEP_END);
    assertThat(e.level()).isEqualTo("ERROR");
    assertThat(e.outcome()).isEqualTo("system_error");
    assertThat(e.screenshot()).isEqualTo("item-2_steps_3_.fill.png");
  }

  @Test
  void secretsInMessagesAndOutputsAreMaskedBeforeTheyLeaveTheRobot() {
    Secrets.register("step-events-secret");
    StepEvent log =
        StepEvents.of(
            1, new RunEvent.Logged(AT, 1, "steps[0].fill", "INFO", "typed step-events-secret"));
    StepEvent end =
        StepEvents.of(
            2,
            new RunEvent.ItemFinished(
                AT,
                1,
                "A-1",
                Map.of(),
                ItemStatus.BUSINESS_FAILED,
                Map.of("note", "step-events-secret"),
                "refused step-events-secret",
                "steps[0]",
                null,
                1,
                50));
    assertThat(log.message()).isEqualTo("typed ******");
    assertThat(end.message()).doesNotContain("step-events-secret").contains("business_failed");
    assertThat(end.outcome()).isEqualTo("business_error");
  }

  @Test
  void outputsLeaveTheRobotWithTextValuesMasked() {
    Secrets.register("outputs-secret-1");
    assertThat(StepEvents.masked(Map.of("note", "saw outputs-secret-1", "count", 3)))
        .containsEntry("note", "saw ******")
        .containsEntry("count", 3);
    assertThat(StepEvents.masked(null)).isNull();
  }

  @Test
  void theRunsEndNamesTheRunAndWhetherItWasStopped() {
    StepEvent e =
        StepEvents.of(
            9, new RunEvent.RunFinished(AT, "run-9", Map.of(ItemStatus.STOPPED, 1), 1500, true));
    assertThat(e.kind()).isEqualTo(EventKind.LOG);
    assertThat(e.message()).startsWith("run run-9 ended (stopped)");
  }

  @Test
  void screenshotReferencesUseOnlyAllowedCharactersAndAtMost100OfThem() {
    assertThat(StepEvents.screenshotRef(null)).isNull();
    assertThat(StepEvents.screenshotRef("screenshots\\登记 1.png")).isEqualTo("___1.png");
    assertThat(StepEvents.screenshotRef("a/" + "x".repeat(150) + ".png"))
        .hasSize(100)
        .endsWith(".png");
  }
}
