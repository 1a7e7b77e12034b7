package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.SampleExport;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.ExpectedFiling;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The ground-truth check of a queue worked by robots: every new registration is in the intake
 * system exactly once, with the registry's data, and its queue item ended successfully with the
 * receipt the intake system shows (or the receipt of the application filed before the robots ran).
 */
final class ExactlyOnce {

  private ExactlyOnce() {}

  static void check(SyncRig rig) {
    checkAgainst(
        rig.samples.groundTruth().expected().syncRegistrations(),
        new SampleExport(
            rig.samples.registryUrl(), rig.samples.intakeUrl(), rig.samples.healthUrl()),
        rig.admin,
        SyncRig.QUEUE);
  }

  /** The same check, for sample systems in another process. */
  static void checkAgainst(
      List<ExpectedFiling> expected, SampleExport export, RestClient api, String queue) {
    List<Application> filed =
        export.intakeApplications().stream().filter(a -> a.service().equals("company")).toList();
    Map<String, Long> perCompany =
        filed.stream().collect(Collectors.groupingBy(Application::key, Collectors.counting()));
    Map<String, Application> byCode =
        filed.stream().collect(Collectors.toMap(Application::key, a -> a, (a, b) -> a));
    Map<String, JsonNode> items = items(api, queue);
    assertThat(items).hasSize(expected.size());
    for (ExpectedFiling want : expected) {
      JsonNode item = items.get(want.creditCode());
      assertThat(item.path("status").asString())
          .as("%s: %s", want.creditCode(), item.path("reason").asString())
          .isEqualTo("SUCCESSFUL");
      assertThat(perCompany.get(want.creditCode()))
          .as(
              "filings of %s (item output %s; companies filed: %s)",
              want.creditCode(), item.path("output"), perCompany.keySet())
          .isEqualTo(1L);
      Application app = byCode.get(want.creditCode());
      String receipt = item.path("output").path("receipt").asString();
      if (want.existingReceipt() != null) {
        assertThat(receipt).as(want.creditCode()).isEqualTo(want.existingReceipt());
      } else {
        assertThat(app.fields()).as(want.creditCode()).containsAllEntriesOf(want.fields());
        assertThat(receipt).as(want.creditCode()).isEqualTo(app.receiptNo());
      }
    }
    assertThat(perCompany.values()).as("no company is filed twice").allMatch(n -> n == 1L);
  }

  /** The queue's items by reference. */
  static Map<String, JsonNode> items(SyncRig rig) {
    return items(rig.admin, SyncRig.QUEUE);
  }

  static Map<String, JsonNode> items(RestClient api, String queue) {
    Map<String, JsonNode> out = new HashMap<>();
    for (int page = 0; ; page++) {
      JsonNode list =
          api.get("/api/v1/queues/" + queue + "/items?size=500&page=" + page).expect(200).json();
      list.forEach(i -> out.put(i.path("reference").asString(), i));
      if (list.size() < 500) {
        return out;
      }
    }
  }

  /** Robot ids by name. */
  static Map<String, Long> robotIds(RestClient admin) {
    JsonNode robots = admin.get("/api/v1/robots").expect(200).json();
    Map<String, Long> out = new HashMap<>();
    robots.forEach(r -> out.put(r.path("name").asString(), r.path("id").asLong()));
    return out;
  }

  static <T> Map<T, Long> countBy(Iterable<JsonNode> nodes, Function<JsonNode, T> key) {
    Map<T, Long> out = new HashMap<>();
    nodes.forEach(n -> out.merge(key.apply(n), 1L, Long::sum));
    return out;
  }
}
