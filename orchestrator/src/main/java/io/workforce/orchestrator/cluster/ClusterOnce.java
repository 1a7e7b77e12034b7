package io.workforce.orchestrator.cluster;

import io.workforce.orchestrator.db.DatabaseKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Periodic work that one node at a time does for the whole cluster (offline sweeps, lease expiry,
 * the overview's rollup, queue triggers, session clean-up): each node's timer still fires, but the
 * task runs only on the node that takes its PostgreSQL advisory lock; the others skip that turn.
 * The lock is held by a transaction of its own and ends with it, also when the node dies; the task
 * itself runs outside that transaction, with its own. On H2 (one node) it always runs.
 */
@Component
public class ClusterOnce {

  /** The first key of our advisory locks, so that they meet no one else's ("wf15"). */
  private static final int NAMESPACE = 0x77663135;

  private final JdbcClient jdbc;
  private final boolean postgres;
  private final TransactionTemplate lockHolder;
  private final TransactionTemplate outside;

  ClusterOnce(JdbcClient jdbc, DatabaseKind database, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.postgres = database.isPostgres();
    this.lockHolder = new TransactionTemplate(transactions);
    this.lockHolder.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.outside = new TransactionTemplate(transactions);
    this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
  }

  /** Runs {@code task} unless another node runs it now; answers whether it ran here. */
  public boolean run(String task, Runnable work) {
    if (!postgres) {
      work.run();
      return true;
    }
    Boolean ran =
        lockHolder.execute(
            s -> {
              boolean mine =
                  Boolean.TRUE.equals(
                      jdbc.sql("SELECT pg_try_advisory_xact_lock(?, ?)")
                          .params(NAMESPACE, task.hashCode())
                          .query(Boolean.class)
                          .single());
              if (mine) {
                outside.executeWithoutResult(t -> work.run());
              }
              return mine;
            });
    return Boolean.TRUE.equals(ran);
  }
}
