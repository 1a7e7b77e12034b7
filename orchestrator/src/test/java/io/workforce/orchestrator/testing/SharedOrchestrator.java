package io.workforce.orchestrator.testing;

import java.util.EnumMap;
import java.util.Map;

/**
 * One orchestrator per database for the test classes that neither restart it nor move its clock,
 * started on first use and stopped when the test JVM ends: it saves two application starts per such
 * class. Classes that share it use names of their own and leave no job pending ({@link
 * SimRobot#take} copes if one does).
 */
public final class SharedOrchestrator {

  /** The shared orchestrator's {@code workforce.api.max-body-size}. */
  public static final String BODY_LIMIT = "256KB";

  private static final Map<TestDb, TestOrchestrator> RUNNING = new EnumMap<>(TestDb.class);

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RUNNING.values().forEach(TestOrchestrator::close)));
  }

  private SharedOrchestrator() {}

  public static synchronized TestOrchestrator on(TestDb db) {
    // the live feed looks for changes often (it costs nothing while nobody listens); robots that a
    // class
    // enrolled and left do not go offline while a later class compares database snapshots; the body
    // limit is
    // not the default one, to show that it is configurable
    return RUNNING.computeIfAbsent(
        db,
        d ->
            TestOrchestrator.start(
                d,
                Map.of(
                    "workforce.live.interval",
                    "200ms",
                    "workforce.robots.offline-after",
                    "1h",
                    "workforce.api.max-body-size",
                    BODY_LIMIT)));
  }
}
