package io.workforce.bench.orchestrator;

/** Flow sources the orchestrator benchmarks publish: valid flows whose robots are simulated. */
final class BenchFlows {

  private BenchFlows() {}

  /**
   * A flow that reads a queue and logs in to one system with a credential; {@code maxSessions} high
   * enough that every simulated robot may run it at once.
   */
  static String queueFlow(String name, String queue, String credential, int maxSessions) {
    return """
        flow: %s
        version: 1
        description: benchmark flow, run by simulated robots
        manual_minutes_per_item: 6
        systems:
          registry:
            url: http://127.0.0.1:9/
            credential: %s
            max_sessions: %d
            login:
              - open: { system: registry, path: /login }
        input:
          queue: %s
        steps:
          - open: { system: registry, path: "/company?code=${item.code}" }
        """
        .formatted(name, credential, maxSessions, queue);
  }

  /** A flow without input or credentials: one job, one run. */
  static String simpleFlow(String name) {
    return """
        flow: %s
        version: 1
        description: benchmark flow for dispatch
        manual_minutes_per_item: 2
        systems:
          portal:
            url: http://127.0.0.1:9/
            max_sessions: 100
        steps:
          - open: { system: portal, path: / }
        """
        .formatted(name);
  }
}
