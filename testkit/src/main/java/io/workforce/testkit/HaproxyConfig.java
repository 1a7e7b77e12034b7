package io.workforce.testkit;

import java.util.List;

/**
 * The HAProxy configuration of a Workforce cluster, as tested: one frontend, the orchestrator nodes
 * behind it with active health checks on {@code /actuator/health}, and a statistics page. It is the
 * file docs/operations.md shows; {@link LocalHaproxy} runs it.
 *
 * @param port where people, robots and scripts connect
 * @param statsPort the statistics page ({@code /stats}, CSV at {@code /stats;csv}), loopback only
 * @param nodes the orchestrator nodes, {@code host:port} each
 */
public record HaproxyConfig(int port, int statsPort, List<String> nodes) {

  public HaproxyConfig {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a load balancer needs at least one orchestrator node");
    }
    nodes = List.copyOf(nodes);
  }

  /** The configuration file's text. */
  public String text() {
    StringBuilder servers = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      servers.append("  server node").append(i + 1).append(' ').append(nodes.get(i));
      servers.append(" check\n");
    }
    return """
        global
          # two file descriptors per connection: stays within a default limit of 20000
          maxconn 4000

        defaults
          mode http
          # A robot's long poll lasts up to 30 s (workforce.robots.long-poll-max) and the live feed
          # sends a keep-alive every 20 s: both pass well within these inactivity timeouts.
          timeout connect 2s
          timeout client 120s
          timeout server 120s
          timeout http-keep-alive 15s
          timeout queue 10s
          timeout check 2s
          # Responses are forwarded as they arrive (server-sent events, long polls): no buffering,
          # no compression, and small writes are not held back.
          option http-no-delay
          # A connection a node refused is retried on another node (the request was never sent,
          # so nothing runs twice); other failures go back to the client, which decides.
          retries 3
          option redispatch 1

        frontend workforce
          bind 127.0.0.1:%d
          # The nodes see each client's own address (log-in limits and the audit count per address,
          # docs/security.md section 4): a header a client sent is dropped, then HAProxy adds its own.
          http-request del-header X-Forwarded-For
          option forwardfor
          default_backend orchestrators

        backend orchestrators
          balance leastconn
          option httpchk
          http-check send meth GET uri /actuator/health
          http-check expect status 200
          # Checked every second; down after 2 failed checks, up again after 2 good ones. A node
          # marked down has its open connections closed, so that long polls and live feeds held by
          # a hung node reconnect to a healthy one at once.
          default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
        %s
        frontend stats
          bind 127.0.0.1:%d
          stats enable
          stats uri /stats
          stats refresh 5s
        """
        .formatted(port, servers, statsPort);
  }
}
