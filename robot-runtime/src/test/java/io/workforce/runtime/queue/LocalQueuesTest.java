package io.workforce.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.NewItem;
import io.workforce.runtime.journal.ItemStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local queue store of {@code ./rpa run}: unique references, order, status, retries. */
class LocalQueuesTest {

  @TempDir Path dir;

  private LocalQueues queues() {
    return new LocalQueues(dir.resolve("queues"), Clock.systemUTC());
  }

  private static NewItem item(String ref, Integer priority, String deadline) {
    return new NewItem(
        ref, priority, deadline == null ? null : Instant.parse(deadline), Map.of("ref", ref));
  }

  @Test
  void anExistingReferenceAddsNothingAndSaysSo() {
    LocalQueues q = queues();
    assertThat(q.add("reg", item("A", null, null))).isTrue();
    assertThat(q.add("reg", item("A", 1, null))).isFalse();
    assertThat(q.items("reg")).hasSize(1);
    assertThat(q.items("reg").get(0).priority()).isEqualTo(5);
    assertThat(q.file("reg")).exists();
  }

  @Test
  void aRunTakesByPriorityThenDeadlineAndASecondRunFindsThemTaken() {
    LocalQueues q = queues();
    q.add("reg", item("late", 5, null));
    q.add("reg", item("soon", 5, "2026-12-01T00:00:00Z"));
    q.add("reg", item("first", 1, null));
    List<LocalItem> taken = q.take("reg", "run-1");
    assertThat(taken).extracting(LocalItem::reference).containsExactly("first", "soon", "late");
    assertThat(taken).allSatisfy(i -> assertThat(i.status()).isEqualTo("working"));
    assertThat(q.take("reg", "run-2")).isEmpty();
  }

  @Test
  void eachItemEndsWithItsOwnStatusAndASystemErrorIsRetriedUpToTheLimit() {
    LocalQueues q = queues();
    q.add("reg", item("ok", null, null));
    q.add("reg", item("bad", null, null));
    q.add("reg", item("flaky", null, null));
    q.add("reg", item("stopped", null, null));
    q.take("reg", "run-1");
    q.report("reg", "ok", ItemStatus.SUCCEEDED, null);
    q.report("reg", "bad", ItemStatus.BUSINESS_FAILED, "no such company");
    q.report("reg", "flaky", ItemStatus.SYSTEM_FAILED, "timeout");
    q.report("reg", "stopped", ItemStatus.STOPPED, null);
    assertThat(q.take("reg", "run-2"))
        .extracting(LocalItem::reference)
        .containsExactlyInAnyOrder("flaky", "stopped");
    for (int run = 3; run <= LocalQueues.MAX_ATTEMPTS + 1; run++) {
      q.report("reg", "flaky", ItemStatus.SYSTEM_FAILED, "timeout");
      q.report("reg", "stopped", ItemStatus.SUCCEEDED, null);
      q.take("reg", "run-" + run);
    }
    Map<String, LocalItem> byRef = new java.util.HashMap<>();
    q.items("reg").forEach(i -> byRef.put(i.reference(), i));
    assertThat(byRef.get("ok").status()).isEqualTo("done");
    assertThat(byRef.get("bad").status()).isEqualTo("business_error");
    assertThat(byRef.get("bad").reason()).isEqualTo("no such company");
    assertThat(byRef.get("stopped").status()).isEqualTo("done");
    assertThat(byRef.get("flaky").status()).isEqualTo("given_up");
    assertThat(byRef.get("flaky").attempts()).isEqualTo(LocalQueues.MAX_ATTEMPTS);
  }

  @Test
  void addsFromManyThreadsAtOnceKeepEveryReferenceOnce() throws Exception {
    LocalQueues q = queues();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    AtomicInteger added = new AtomicInteger();
    List<Future<?>> all = new ArrayList<>();
    try {
      for (int t = 0; t < 4; t++) {
        all.add(
            pool.submit(
                () -> {
                  for (int n = 0; n < 25; n++) {
                    if (q.add("reg", item("R" + n, null, null))) {
                      added.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(added).hasValue(25);
    assertThat(q.items("reg")).extracting(LocalItem::reference).doesNotHaveDuplicates().hasSize(25);
  }
}
