package io.workforce.bench.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTimesTest {

  private static final String BEFORE =
      """
      # HELP http_server_requests_seconds
      http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="SUCCESS",status="200",uri="/api/v1/robot/queues/{queue}/claim"} 10
      http_server_requests_seconds_sum{error="none",exception="none",method="POST",outcome="SUCCESS",status="200",uri="/api/v1/robot/queues/{queue}/claim"} 0.5
      workforce_dispatch_latency_seconds_count 4
      workforce_dispatch_latency_seconds_sum 0.2
      """;
  private static final String AFTER =
      """
      http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="SUCCESS",status="200",uri="/api/v1/robot/queues/{queue}/claim"} 30
      http_server_requests_seconds_sum{error="none",exception="none",method="POST",outcome="SUCCESS",status="200",uri="/api/v1/robot/queues/{queue}/claim"} 1.3
      http_server_requests_seconds_count{error="none",exception="none",method="POST",outcome="SUCCESS",status="204",uri="/api/v1/robot/queues/{queue}/claim"} 10
      http_server_requests_seconds_sum{error="none",exception="none",method="POST",outcome="SUCCESS",status="204",uri="/api/v1/robot/queues/{queue}/claim"} 0.2
      http_server_requests_seconds_bucket{method="POST",uri="/api/v1/robot/heartbeat",le="0.1"} 99
      workforce_dispatch_latency_seconds_count{application="x"} 14
      workforce_dispatch_latency_seconds_sum{application="x"} 0.7
      hikaricp_connections_acquire_seconds_count{pool="HikariPool-1"} 8
      hikaricp_connections_acquire_seconds_sum{pool="HikariPool-1"} 0.016
      """;

  @Test
  void meanTimePerEndpointIsTakenOverThePhaseAcrossStatuses() {
    String since = ServerTimes.parse(AFTER).since(ServerTimes.parse(BEFORE));

    // (1.3 + 0.2 - 0.5) s over (30 + 10 - 10) calls = 33.3 ms; (0.7 - 0.2) s over 10 assignments =
    // 50 ms
    assertThat(since)
        .contains("POST …/queues/{queue}/claim=33.3 ms (n=30)")
        .contains("dispatch: job created → assigned=50.0 ms (n=10)")
        .contains("waiting for a database connection=2.0 ms (n=8)")
        .doesNotContain("heartbeat");
  }

  @Test
  void aPhaseWithoutCallsSaysNone() {
    assertThat(ServerTimes.parse(BEFORE).since(ServerTimes.parse(BEFORE))).isEqualTo("none");
  }
}
