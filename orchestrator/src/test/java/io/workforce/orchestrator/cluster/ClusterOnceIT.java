package io.workforce.orchestrator.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15: periodic work (sweeps, rollups, queue triggers) ran on every node of a cluster. While
 * one caller runs a task (a node), another's turn (another node) is skipped; a different task, or
 * the same one afterwards, runs. On H2 (one node) every turn runs.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class ClusterOnceIT {

  @Parameter TestDb db;

  @Test
  void whileOneNodeRunsATaskAnotherSkipsItsTurn() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(db);
    ClusterOnce once = o.bean(ClusterOnce.class);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    ExecutorService node = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> first =
          node.submit(
              () ->
                  once.run(
                      "cluster-once-it",
                      () -> {
                        runs.incrementAndGet();
                        running.countDown();
                        try {
                          release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
      boolean second = once.run("cluster-once-it", runs::incrementAndGet);
      assertThat(once.run("cluster-once-it-other", () -> {})).as("another task").isTrue();
      release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
      if (db == TestDb.POSTGRES) {
        assertThat(second).as("skipped while another node runs it").isFalse();
        assertThat(runs).hasValue(1);
      } else {
        assertThat(second).as("H2 is one node: every turn runs").isTrue();
        assertThat(runs).hasValue(2);
      }
      assertThat(once.run("cluster-once-it", runs::incrementAndGet)).as("afterwards").isTrue();
    } finally {
      release.countDown();
      node.shutdownNow();
    }
  }
}
