package io.workforce.orchestrator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveAudienceTest {

  static final LiveChange CHANGE =
      new LiveChange(
          Instant.EPOCH,
          List.of(
              new LiveChange.JobChange(1, "f", "RUNNING", "li"),
              new LiveChange.JobChange(2, "f", "RUNNING", "wang")),
          List.of(new LiveChange.Progress(1, 7, "li"), new LiveChange.Progress(3, 2, null)),
          12,
          true,
          true);

  static Caller.User user(String name, Role role) {
    return new Caller.User(1, name, name, Set.of(role), "zh", Instant.EPOCH, null, 0);
  }

  @Test
  void aClerkHearsOnlyAboutTheirOwnRuns() {
    LiveChange mine = LiveAudience.filter(CHANGE, user("li", Role.CLERK));
    assertThat(mine.jobs()).extracting(LiveChange.JobChange::id).containsExactly(1L);
    assertThat(mine.progress()).extracting(LiveChange.Progress::jobId).containsExactly(1L);
    assertThat(mine.items()).isZero();
    assertThat(mine.robots()).isFalse();
    assertThat(mine.queues()).isFalse();
  }

  @Test
  void aClerkWithNothingOfTheirsHearsNothing() {
    assertThat(LiveAudience.filter(CHANGE, user("zhang", Role.CLERK)).isEmpty()).isTrue();
  }

  @Test
  void supervisorsAndAdministratorsHearEverything() {
    assertThat(LiveAudience.filter(CHANGE, user("zhou", Role.SUPERVISOR))).isEqualTo(CHANGE);
    assertThat(LiveAudience.filter(CHANGE, user("admin", Role.ADMINISTRATOR))).isEqualTo(CHANGE);
  }
}
