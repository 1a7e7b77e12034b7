package io.workforce.runtime.assistant.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class EtaTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-25T08:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void extrapolatesThePaceSoFar() {
    Eta eta = new Eta(clock, null);
    now.set(now.get().plusSeconds(30));
    assertThat(eta.left(3, 9)).isEqualTo(Duration.ofSeconds(60));
    assertThat(eta.left(9, 9)).isEqualTo(Duration.ZERO);
  }

  @Test
  void beforeTheFirstItemUsesTheRobotsTypicalRunOrSaysNothing() {
    Eta typical = new Eta(clock, Duration.ofMinutes(2));
    Eta unknown = new Eta(clock, null);
    now.set(now.get().plusSeconds(30));
    assertThat(typical.left(0, 9)).isEqualTo(Duration.ofSeconds(90));
    assertThat(unknown.left(0, 9)).isNull();
    assertThat(unknown.left(2, -1)).as("total unknown").isNull();
  }

  @Test
  void formatsForTheClerkInBothLanguages() {
    assertThat(Eta.format(Duration.ofSeconds(65), false)).isEqualTo("1 分 05 秒");
    assertThat(Eta.format(Duration.ofSeconds(65), true)).isEqualTo("1 min 05 s");
    assertThat(Eta.format(Duration.ofMinutes(125), true)).isEqualTo("2 h 05 min");
    assertThat(Eta.format(null, true)).isEqualTo("—");
  }

  @Test
  void progressShowsDoneOfTotalAndPercent() {
    assertThat(new Progress(3, 1, 8, "", null).fraction()).isEqualTo("3/8");
    assertThat(new Progress(3, 1, 8, "", null).percent()).isEqualTo(37);
    assertThat(new Progress(3, 0, -1, "", null).fraction()).isEqualTo("3");
    assertThat(new Progress(3, 0, -1, "", null).percent()).isEqualTo(-1);
  }
}
