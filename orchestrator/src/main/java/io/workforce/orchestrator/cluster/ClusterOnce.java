package io.workforce.orchestrator.cluster;

import io.workforce.orchestrator.db.DatabaseKind;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic work that one node at a time does for the whole cluster (offline sweeps, lease expiry,
 * the overview's rollup, queue triggers, session clean-up): each node's timer still fires, but the
 * task runs only on the node that takes its PostgreSQL advisory lock; the others skip that turn.
 * The lock is held by a transaction of its own on a connection of its own and ends with it, also
 * when the node dies; the task itself runs outside that transaction, with its own. On H2 (one node)
 * it always runs.
 *
 * <p>The lock is a lease: its transaction may stay idle for at most {@code
 * workforce.cluster.lock-lease} (PostgreSQL's {@code idle_in_transaction_session_timeout}), and the
 * node renews it with a {@code SELECT 1} every third of that while the task runs. A node that hangs
 * (SIGSTOP, a frozen VM) renews nothing, so PostgreSQL ends its session and the lock after the
 * lease, and another node's next turn runs the task. The tasks are safe to overlap at that edge:
 * each claims its rows under row locks or conditions (a resumed node finds nothing left).
 */
@Component
public class ClusterOnce {

  private static final Logger log = LoggerFactory.getLogger(ClusterOnce.class);

  /** The first key of our advisory locks, so that they meet no one else's ("wf15"). */
  private static final int NAMESPACE = 0x77663135;

  private final DataSource dataSource;
  private final boolean postgres;
  private final TransactionTemplate outside;
  private final Duration lease;
  private final Duration renewEvery;
  private final ScheduledExecutorService renewer;

  @Autowired
  ClusterOnce(
      DataSource dataSource,
      DatabaseKind database,
      PlatformTransactionManager transactions,
      @Value("${workforce.cluster.lock-lease:30s}") Duration lease) {
    this(dataSource, database, transactions, lease, lease.dividedBy(3));
  }

  ClusterOnce(
      DataSource dataSource,
      DatabaseKind database,
      PlatformTransactionManager transactions,
      Duration lease,
      Duration renewEvery) {
    if (lease.toMillis() < 1000) {
      throw new IllegalArgumentException(
          "workforce.cluster.lock-lease must be at least 1s, not " + lease);
    }
    this.dataSource = dataSource;
    this.postgres = database.isPostgres();
    this.outside = new TransactionTemplate(transactions);
    this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    this.lease = lease;
    this.renewEvery = renewEvery;
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "cluster-lock-renewer");
              t.setDaemon(true);
              return t;
            });
  }

  @PreDestroy
  void stop() {
    renewer.shutdownNow();
  }

  /** Runs {@code task} unless another node runs it now; answers whether it ran here. */
  public boolean run(String task, Runnable work) {
    if (!postgres) {
      work.run();
      return true;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      if (!lock(c, task)) {
        c.rollback();
        return false;
      }
      Renewal renewal = new Renewal(c);
      renewal.future =
          renewer.scheduleWithFixedDelay(
              renewal, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
      try {
        outside.executeWithoutResult(t -> work.run());
      } finally {
        renewal.end();
      }
      release(c, task);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cluster lock of task " + task + " unavailable: " + e.getMessage(), e);
    }
  }

  private boolean lock(Connection c, String task) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT set_config('idle_in_transaction_session_timeout', ?, true),"
                + " pg_try_advisory_xact_lock(?, ?)")) {
      s.setString(1, Long.toString(lease.toMillis()));
      s.setInt(2, NAMESPACE);
      s.setInt(3, task.hashCode());
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(2);
      }
    }
  }

  /** Ends the lock's transaction; a lease PostgreSQL ended already is said, not thrown. */
  private void release(Connection c, String task) {
    try {
      c.rollback();
    } catch (SQLException e) {
      log.warn(
          "the cluster lock of task {} outlived its lease of {} s (this node did not renew it:"
              + " hung or paused?); another node may have run the task meanwhile: {}",
          task,
          lease.toSeconds(),
          e.getMessage());
    }
  }

  /** Keeps the lock's transaction busy while the task runs; ends before the transaction does. */
  private static final class Renewal implements Runnable {

    private final Connection connection;
    private volatile ScheduledFuture<?> future;
    private boolean ended;

    Renewal(Connection connection) {
      this.connection = connection;
    }

    @Override
    public synchronized void run() {
      if (ended) {
        return;
      }
      try (Statement s = connection.createStatement()) {
        s.execute("SELECT 1");
      } catch (SQLException e) {
        log.debug("could not renew a cluster lock: {}", e.getMessage());
      }
    }

    synchronized void end() {
      ended = true;
      if (future != null) {
        future.cancel(false);
      }
    }
  }
}
