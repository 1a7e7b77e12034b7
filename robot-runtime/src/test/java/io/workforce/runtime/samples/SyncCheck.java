package io.workforce.runtime.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.ExpectedFiling;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ground-truth check of a sync-registrations run: each company filed exactly once, with the
 * registry's data.
 */
final class SyncCheck {

  private SyncCheck() {}

  static void matchesGroundTruth(
      RunSummary run, List<ExpectedFiling> expected, List<Application> filed) {
    Map<String, Long> perCompany =
        filed.stream().collect(Collectors.groupingBy(Application::key, Collectors.counting()));
    Map<String, Application> byCode =
        filed.stream().collect(Collectors.toMap(Application::key, a -> a, (a, b) -> a));
    for (int i = 0; i < expected.size(); i++) {
      ExpectedFiling want = expected.get(i);
      ItemResult result = run.results().get(i + 1);
      assertThat(result.status())
          .as("%s: %s", want.creditCode(), result.reason())
          .isEqualTo(ItemStatus.SUCCEEDED);
      assertThat(perCompany.get(want.creditCode())).as(want.creditCode()).isEqualTo(1L);
      Application app = byCode.get(want.creditCode());
      if (want.existingReceipt() != null) {
        assertThat(result.outputs()).containsEntry("receipt", want.existingReceipt());
      } else {
        assertThat(app.fields()).as(want.creditCode()).containsAllEntriesOf(want.fields());
        assertThat(result.outputs()).containsEntry("receipt", app.receiptNo());
      }
    }
    assertThat(perCompany.values()).allMatch(n -> n == 1L);
  }
}
