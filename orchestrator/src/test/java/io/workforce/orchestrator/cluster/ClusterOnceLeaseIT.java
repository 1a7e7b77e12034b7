package io.workforce.orchestrator.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.workforce.orchestrator.db.DatabaseKind;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 15: a node hung (SIGSTOP) in the middle of a cluster-once task kept its advisory lock for
 * as long as it hung, so no other node swept leases, offline robots or queue triggers meanwhile.
 * The lock is a lease: a node that does not renew it (a stopped process renews nothing) loses it
 * after the lease, and another node's turn runs; a live node running a long task renews it and
 * keeps it. Two {@link ClusterOnce}s on one PostgreSQL play two nodes.
 */
class ClusterOnceLeaseIT {

  private static final Duration LEASE = Duration.ofSeconds(2);

  @Test
  void aHungNodeLosesTheLockAfterTheLeaseAndAnotherNodeRunsTheTask() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.POSTGRES);
    // renews only after an hour: like a stopped process, it does not renew within the lease
    ClusterOnce hung = node(o, Duration.ofHours(1));
    ClusterOnce live = node(o, LEASE.dividedBy(4));
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService hungThread = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch running = new CountDownLatch(1);
      Future<Boolean> first =
          hungThread.submit(() -> hung.run("lease-it-hung", block(running, release)));
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(live.run("lease-it-hung", () -> {})).as("within the lease: skipped").isFalse();
      AtomicInteger ran = new AtomicInteger();
      long since = System.nanoTime();
      await("another node runs the task of the hung one")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> live.run("lease-it-hung", ran::incrementAndGet));
      System.out.printf(
          "ClusterOnceLeaseIT: the task of a hung node ran on another after %.1f s (lease %d s)%n",
          (System.nanoTime() - since) / 1e9, LEASE.toSeconds());
      release.countDown(); // the hung node resumes: its task ends, its lost lock is no error
      assertThat(first.get(30, TimeUnit.SECONDS)).as("it ran on the hung node too").isTrue();
      assertThat(ran).hasValue(1);
    } finally {
      release.countDown();
      hungThread.shutdownNow();
    }
  }

  @Test
  void aLiveNodeRunningALongTaskKeepsTheLock() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.POSTGRES);
    ClusterOnce busy = node(o, LEASE.dividedBy(4));
    ClusterOnce other = node(o, LEASE.dividedBy(4));
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService busyThread = Executors.newSingleThreadExecutor();
    try {
      CountDownLatch running = new CountDownLatch(1);
      Future<Boolean> first =
          busyThread.submit(() -> busy.run("lease-it-live", block(running, release)));
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
      long end = System.nanoTime() + LEASE.multipliedBy(3).toNanos();
      while (System.nanoTime() < end) { // three leases long, every turn of the other is skipped
        assertThat(other.run("lease-it-live", () -> {}))
            .as("while the busy node runs it")
            .isFalse();
        Thread.sleep(250);
      }
      release.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
      assertThat(other.run("lease-it-live", () -> {})).as("afterwards").isTrue();
    } finally {
      release.countDown();
      busyThread.shutdownNow();
    }
  }

  private static ClusterOnce node(TestOrchestrator o, Duration renewEvery) {
    return new ClusterOnce(
        o.bean(DataSource.class),
        o.bean(DatabaseKind.class),
        o.bean(PlatformTransactionManager.class),
        LEASE,
        renewEvery);
  }

  private static Runnable block(CountDownLatch running, CountDownLatch release) {
    return () -> {
      running.countDown();
      try {
        release.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }
}
