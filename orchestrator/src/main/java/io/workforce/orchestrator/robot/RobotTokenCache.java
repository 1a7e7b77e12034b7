package io.workforce.orchestrator.robot;

import io.workforce.orchestrator.cluster.ClusterSignals;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.RobotTokenVerifier;
import io.workforce.orchestrator.security.Tokens;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Verifies robot tokens against their stored hashes, with a short cache so that a busy robot does
 * not cost a query per request. Retiring or re-enrolling a robot forgets it at once on this node,
 * and on the other nodes when the change commits ({@link ClusterSignals}); should the signals be
 * interrupted, every node forgets everything.
 */
@Component
class RobotTokenCache implements RobotTokenVerifier {

  private static final long TTL_NANOS = 30_000_000_000L;
  private static final int MAX_ENTRIES = 10_000;

  private final JdbcClient jdbc;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  private final ClusterSignals signals;

  RobotTokenCache(JdbcClient jdbc, ClusterSignals signals) {
    this.jdbc = jdbc;
    this.signals = signals;
  }

  @Override
  public Optional<Caller.Robot> verify(String token) {
    String hash = Tokens.hash(token);
    Entry e = cache.get(hash);
    long now = System.nanoTime();
    if (e != null && now - e.loadedAt() < TTL_NANOS) {
      return Optional.of(e.robot());
    }
    Optional<Caller.Robot> robot =
        jdbc.sql("SELECT id, name FROM robot WHERE token_hash = ? AND status <> 'RETIRED'")
            .param(hash)
            .query((rs, n) -> new Caller.Robot(rs.getLong("id"), rs.getString("name")))
            .optional();
    if (robot.isPresent()) {
      if (cache.size() > MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(hash, new Entry(robot.get(), now));
    } else {
      cache.remove(hash);
    }
    return robot;
  }

  /** Forgets a robot's token here and, once the current transaction commits, on every node. */
  void forget(long robotId) {
    forgetHere(robotId);
    signals.send(ClusterSignals.ROBOT_FORGET, robotId);
  }

  @EventListener
  void signalled(ClusterSignals.Received signal) {
    if (signal.kind().equals(ClusterSignals.ROBOT_FORGET)) {
      forgetHere(Long.parseLong(signal.argument()));
    } else if (signal.kind().equals(ClusterSignals.RESUMED)) {
      cache.clear();
    }
  }

  private void forgetHere(long robotId) {
    cache.values().removeIf(e -> e.robot().robotId() == robotId);
  }

  private record Entry(Caller.Robot robot, long loadedAt) {}
}
