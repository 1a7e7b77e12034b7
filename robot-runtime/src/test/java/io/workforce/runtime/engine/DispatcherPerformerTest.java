package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.queue.LocalItem;
import io.workforce.runtime.queue.LocalQueueRun;
import io.workforce.runtime.queue.LocalQueues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One flow lists records and enqueues each, another processes the queue item by item, both under
 * {@code ./rpa run} against the local queue store: every record one item, processed once, each with
 * its own status; listing again adds nothing.
 */
class DispatcherPerformerTest {

  @TempDir Path dir;

  private static final String DISPATCHER =
      """
      flow: list-registrations
      steps:
        - read_csv: { file: records.csv, into: records }
        - for_each:
            in: "${records}"
            as: row
            steps:
              - enqueue:
                  queue: registrations
                  reference: "${row.code}"
                  priority: 3
                  deadline: "2026-12-31"
                  payload: { code: "${row.code}", name: "${row.name}" }
                  into: added
              - if:
                  condition: "${added}"
                  then:
                    - write_csv: { file: "${env.SHARED}/added.csv", rows: "${[row]}", append: true }
      """;

  private static final String PERFORMER =
      """
      flow: process-registrations
      input: { queue: registrations }
      steps:
        - if:
            condition: "${item.name == 'bad'}"
            then:
              - fail: "no such company: ${item.code}"
        - write_csv: { file: "${env.SHARED}/processed.csv", rows: "${[item]}", columns: [code, name], append: true }
        - output: { code: "${item.code}" }
      """;

  private RunOptions options() {
    return RunOptions.defaults()
        .withRunsDir(dir.resolve("runs"))
        .withWorkDir(dir)
        .withRetries(1, Duration.ofMillis(1))
        // one file that every run appends to: an absolute path (a relative one is in each run's
        // own directory)
        .withEnv(Map.of("SHARED", dir.toString()));
  }

  private RunSummary run(String yaml, io.workforce.runtime.input.WorkSource source) {
    Flow flow = FlowParser.create().parse("f.yaml", yaml);
    return new FlowRunner(flow, options(), name -> Optional.empty(), new NoBrowser(), null)
        .run(source, null);
  }

  private RunSummary dispatch() {
    Flow flow = FlowParser.create().parse("d.yaml", DISPATCHER);
    return new FlowRunner(flow, options(), name -> Optional.empty(), new NoBrowser(), null)
        .run(Inputs.fromFields(Map.of(), flow.input()), null);
  }

  @Test
  void everyListedRecordBecomesOneItemProcessedOnceAndListingAgainAddsNothing() throws Exception {
    Files.writeString(dir.resolve("records.csv"), "code,name\nC1,甲公司\nC2,bad\nC3,丙公司\nC1,甲公司\n");
    assertThat(dispatch().results().values())
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ItemStatus.SUCCEEDED));
    assertThat(dispatch().results().values())
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(ItemStatus.SUCCEEDED));
    // the repeated C1 in the list and the second listing were both reported as already there
    assertThat(Files.readAllLines(dir.resolve("added.csv")))
        .containsExactly("code,name", "C1,甲公司", "C2,bad", "C3,丙公司");

    LocalQueues queues = new LocalQueues(dir.resolve("queues"), Clock.systemUTC());
    assertThat(queues.items("registrations"))
        .extracting(LocalItem::reference)
        .containsExactly("C1", "C2", "C3");
    assertThat(queues.items("registrations").get(0).deadline()).isNotNull();

    LocalQueueRun first = LocalQueueRun.take(queues, "registrations", "run-1");
    RunSummary performed = run(PERFORMER, first.source());
    first.report(performed);
    assertThat(performed.results().values())
        .extracting(ItemResult::status)
        .containsExactlyInAnyOrder(
            ItemStatus.SUCCEEDED, ItemStatus.BUSINESS_FAILED, ItemStatus.SUCCEEDED);
    LocalQueueRun second = LocalQueueRun.take(queues, "registrations", "run-2");
    assertThat(second.source().items()).isEmpty();
    second.report(run(PERFORMER, second.source()));

    assertThat(Files.readAllLines(dir.resolve("processed.csv")))
        .containsExactlyInAnyOrder("code,name", "C1,甲公司", "C3,丙公司");
    List<LocalItem> items = queues.items("registrations");
    assertThat(items)
        .extracting(LocalItem::reference, LocalItem::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("C1", "done"),
            org.assertj.core.groups.Tuple.tuple("C2", "business_error"),
            org.assertj.core.groups.Tuple.tuple("C3", "done"));
    assertThat(items.get(1).reason()).contains("no such company: C2");
  }
}
