package io.workforce.orchestrator.cluster;

import io.workforce.orchestrator.db.DatabaseKind;
import io.workforce.orchestrator.job.JobEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signals between the nodes of a cluster, through PostgreSQL's LISTEN/NOTIFY: a job created,
 * requeued or finished on any node wakes the robots long-polling every node, and the control
 * center's live feed of every node looks for changes at once; a robot retired on one node is
 * forgotten by the token cache of every node. A signal sent inside a transaction is delivered when
 * it commits (never for a rolled-back one). Each node listens on one connection of its pool; when
 * the connection is lost (PostgreSQL restarted) it listens again and acts as if everything had been
 * signalled, since signals sent meanwhile are lost. The periodic rescans stay as a safety net. On
 * H2 (one node) nothing is sent: the in-process events suffice.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
  static final String CHANNEL = "workforce_signals";

  /** There may be work for a waiting robot (a job was created, requeued or finished). */
  public static final String WORK = "work";

  /** A robot's token must be looked up again (argument: the robot's id). */
  public static final String ROBOT_FORGET = "robot-forget";

  /** The signals were interrupted: whatever they would have said may have happened. */
  public static final String RESUMED = "resumed";

  /**
   * A signal from another node, published on this one (on the listening thread: act quickly).
   *
   * @param kind {@link #WORK}, {@link #ROBOT_FORGET} or {@link #RESUMED}
   * @param argument the kind's argument, or ""
   */
  public record Received(String kind, String argument) {}

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final boolean postgres;
  private final ApplicationEventPublisher events;
  private final String node = UUID.randomUUID().toString();
  private volatile boolean running;
  private Thread listener;

  ClusterSignals(
      DataSource dataSource,
      JdbcClient jdbc,
      DatabaseKind database,
      ApplicationEventPublisher events) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.postgres = database.isPostgres();
    this.events = events;
  }

  /** Tells the other nodes (delivered when the current transaction, if any, commits). */
  public void send(String kind, Object argument) {
    if (!postgres) {
      return;
    }
    jdbc.sql("SELECT pg_notify(?, ?)")
        .params(CHANNEL, node + " " + kind + " " + (argument == null ? "" : argument))
        .query((rs, n) -> 1)
        .list();
  }

  @EventListener
  void jobCreated(JobEvents.Created event) {
    send(WORK, null);
  }

  @EventListener
  void jobRequeued(JobEvents.Requeued event) {
    send(WORK, null);
  }

  @EventListener
  void jobFinished(JobEvents.Finished event) {
    send(WORK, null);
  }

  @Override
  public void start() {
    running = true;
    if (postgres) {
      listener = new Thread(this::listen, "cluster-signals");
      listener.setDaemon(true);
      listener.start();
    }
  }

  @Override
  public void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void listen() {
    boolean first = true;
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        PGConnection pg = c.unwrap(PGConnection.class);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        if (!c.getAutoCommit()) {
          c.commit();
        }
        if (!first) {
          log.info("cluster signals: listening again");
          events.publishEvent(new Received(RESUMED, ""));
        }
        first = false;
        while (running) {
          PGNotification[] batch = pg.getNotifications(5_000);
          if (batch != null) {
            deliver(batch);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("cluster signals: connection lost, listening again in 1 s: {}", e.toString());
        first = false;
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /** Publishes each distinct signal of a batch once; this node's own are already known here. */
  private void deliver(PGNotification[] batch) {
    Set<Received> distinct = new LinkedHashSet<>();
    for (PGNotification n : batch) {
      String[] parts = n.getParameter().split(" ", 3);
      if (parts.length == 3 && !parts[0].equals(node)) {
        distinct.add(new Received(parts[1], parts[2]));
      }
    }
    for (Received r : distinct) {
      try {
        events.publishEvent(r);
      } catch (RuntimeException e) {
        log.warn("cluster signal {} could not be handled: {}", r, e.toString());
      }
    }
  }
}
