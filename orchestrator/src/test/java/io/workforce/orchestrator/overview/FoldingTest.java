package io.workforce.orchestrator.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void itemsFallOnTheLocalDateOfTheConfiguredZone() {
    Folding f = new Folding(ZoneId.of("Asia/Shanghai"));
    // 2026-05-01 16:30 UTC is already 2 May in Shanghai
    f.add("sync", 1, "SUCCESSFUL", null, 6, Instant.parse("2026-05-01T16:30:00Z"));
    f.add("sync", 1, "SUCCESSFUL", null, 6, Instant.parse("2026-05-01T15:30:00Z"));
    long may1 = LocalDate.of(2026, 5, 1).toEpochDay();
    assertThat(f.days())
        .containsEntry(new Fact.Key(may1, "sync", 1), new Counts(1, 1, 0, 0, 6))
        .containsEntry(new Fact.Key(may1 + 1, "sync", 1), new Counts(1, 1, 0, 0, 6));
  }

  @Test
  void aHalfHourZoneStillGetsExactDaysBecauseDaysAreFoldedApartFromHours() {
    Folding f = new Folding(ZoneId.of("Asia/Kolkata"));
    // 18:29 and 18:31 UTC are 23:59 and 00:01 in Kolkata: same UTC hour, two local days
    f.add("x", 2, "BUSINESS_FAILED", "bad id", 3, Instant.parse("2026-05-01T18:29:00Z"));
    f.add("x", 2, "SUCCESSFUL", null, 3, Instant.parse("2026-05-01T18:31:00Z"));
    assertThat(f.days()).hasSize(2);
    assertThat(f.hours()).hasSize(1);
    assertThat(f.hours().values().iterator().next()).isEqualTo(new Counts(2, 1, 1, 0, 3));
    assertThat(f.failures()).hasSize(1);
    assertThat(f.failures().keySet().iterator().next().reason()).isEqualTo("bad id");
  }

  @Test
  void onlySuccessfulItemsSaveTime() {
    assertThat(Counts.of("SUCCESSFUL", 6)).isEqualTo(new Counts(1, 1, 0, 0, 6));
    assertThat(Counts.of("BUSINESS_FAILED", 6)).isEqualTo(new Counts(1, 0, 1, 0, 0));
    assertThat(Counts.of("SYSTEM_FAILED", 6)).isEqualTo(new Counts(1, 0, 0, 1, 0));
  }

  @Test
  void seriesHasOneBucketPerDayAndSkipsFactsOutsideTheWindow() {
    List<Fact> facts =
        List.of(
            new Fact(10, "a", 1, new Counts(2, 2, 0, 0, 4)),
            new Fact(12, "b", 1, new Counts(1, 0, 1, 0, 0)),
            new Fact(12, "a", 2, new Counts(3, 3, 0, 0, 6)),
            new Fact(9, "a", 1, new Counts(5, 5, 0, 0, 10)));
    List<Counts> series = Snapshot.series(facts, 10, 3, fact -> true);
    assertThat(series).extracting(Counts::items).containsExactly(2L, 0L, 4L);
    assertThat(Snapshot.byKey(facts, 10, Fact::flow))
        .containsExactly(
            java.util.Map.entry("a", new Counts(5, 5, 0, 0, 10)),
            java.util.Map.entry("b", new Counts(1, 0, 1, 0, 0)));
  }

  @Test
  void windowCoversThirtyLocalDaysAndTheMonthEvenWhenItStartedEarlier() {
    Window w = Window.at(Instant.parse("2026-05-31T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    assertThat(LocalDate.ofEpochDay(w.today())).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(LocalDate.ofEpochDay(w.firstDay())).isEqualTo(LocalDate.of(2026, 5, 2));
    assertThat(LocalDate.ofEpochDay(w.earliestDay())).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(w.dayStart(w.today())).isEqualTo(Instant.parse("2026-05-30T16:00:00Z"));
  }
}
