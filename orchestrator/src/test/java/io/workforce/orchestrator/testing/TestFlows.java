package io.workforce.orchestrator.testing;

/** Flow sources for tests: small, valid, each with what the scenario needs. */
public final class TestFlows {

  private TestFlows() {}

  /** A flow that reads a queue and logs in to one system with a credential. */
  public static String queueFlow(
      String name, int version, String queue, String credential, int maxSessions) {
    return """
        flow: %s
        version: %d
        description: 测试流程
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
        .formatted(name, version, credential, maxSessions, queue);
  }

  /** A flow without input, systems or credentials: one run, one item. */
  public static String simpleFlow(String name, int version) {
    return """
        flow: %s
        version: %d
        description: simple
        manual_minutes_per_item: 2
        systems:
          portal:
            url: http://127.0.0.1:9/
            max_sessions: 10
        steps:
          - open: { system: portal, path: / }
        """
        .formatted(name, version);
  }

  /** A flow with a start form (district choice, amount number): what clerks start by hand. */
  public static String formFlow(String name, int version) {
    return """
        flow: %s
        version: %d
        description: 表单流程
        manual_minutes_per_item: 5
        systems:
          portal:
            url: http://127.0.0.1:9/
            max_sessions: 10
        input:
          form:
            - { name: district, label: 区, type: choice, choices: [黄浦区, 徐汇区] }
            - { name: amount, label: 金额, type: number, min: 0, max: 1000000 }
        steps:
          - open: { system: portal, path: "/apply?d=${item.district}&a=${item.amount}" }
        """
        .formatted(name, version);
  }

  /** A flow that reads an uploaded CSV file (columns code and name). */
  public static String csvFlow(String name, int version) {
    return """
        flow: %s
        version: %d
        description: 表格流程
        manual_minutes_per_item: 3
        systems:
          portal:
            url: http://127.0.0.1:9/
            max_sessions: 10
        input:
          file: csv
          columns: [code, name]
        steps:
          - open: { system: portal, path: "/case?c=${item.code}" }
        """
        .formatted(name, version);
  }
}
