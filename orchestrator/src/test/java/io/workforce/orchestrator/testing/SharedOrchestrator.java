package io.workforce.orchestrator.testing;

import java.util.EnumMap;
import java.util.Map;

/**
 * One orchestrator per database for the test classes that neither restart it nor move its clock, started on
 * first use and stopped when the test JVM ends: it saves two application starts per such class.
 */
public final class SharedOrchestrator {

  private static final Map<TestDb, TestOrchestrator> RUNNING = new EnumMap<>(TestDb.class);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(TestOrchestrator::close)));
  }

  private SharedOrchestrator() {
  }

  public static synchronized TestOrchestrator on(TestDb db) {
    return RUNNING.computeIfAbsent(db, TestOrchestrator::start);
  }
}
