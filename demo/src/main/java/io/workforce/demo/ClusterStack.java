package io.workforce.demo;

import io.workforce.demo.Children.Child;
import io.workforce.demo.Logins.Person;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.testkit.HaproxyConfig;
import io.workforce.testkit.LocalHaproxy;
import io.workforce.testkit.LocalPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What one {@code ./rpa cluster} runs, in this order: PostgreSQL, the nodes (the first alone, so
 * that one node creates the schema), HAProxy, the sample systems (in this process), the set-up of
 * {@code ./rpa demo} through the balancer, two robots connected to the balancer. {@link #stop()}
 * ends them all.
 */
final class ClusterStack {

  private static final String ORCHESTRATOR = "io.workforce.orchestrator.OrchestratorApplication";
  private static final String RPA = "io.workforce.runtime.cli.RpaCli";
  private static final Duration START_LIMIT = Duration.ofMinutes(4);
  private static final int ROBOTS = 2;

  private final Path home;
  private final Path dir;
  private final int nodeCount;
  private final DemoPorts ports;
  private final Children children;
  private final List<Person> people;
  private final String masterKey = newMasterKey();
  private final List<Child> nodes = new ArrayList<>();
  private final List<Integer> nodePorts = new ArrayList<>();
  private final List<Child> robots = new ArrayList<>();
  private final SampleOptions sampleOptions;
  private volatile String jdbcUrl;
  private volatile String enrolmentKey;
  private volatile LocalPostgres postgres;
  private volatile LocalHaproxy haproxy;
  private volatile SampleSystems samples;
  private volatile boolean stopping;

  ClusterStack(
      Path home,
      Path dir,
      int nodeCount,
      DemoPorts ports,
      Children children,
      List<Person> people,
      SampleOptions sampleOptions) {
    this.sampleOptions = sampleOptions;
    this.home = home;
    this.dir = dir;
    this.nodeCount = nodeCount;
    this.ports = ports;
    this.children = children;
    this.people = people;
  }

  /** Starts everything; false (the reason printed) when something failed. */
  boolean start(long began) {
    System.out.println(
        Text.say(
            "正在启动集群: PostgreSQL, "
                + nodeCount
                + " 个节点, HAProxy (日志: "
                + dir.resolve("logs")
                + ") ...",
            "Starting the cluster: PostgreSQL, "
                + nodeCount
                + " node(s), HAProxy (logs: "
                + dir.resolve("logs")
                + ") ..."));
    try {
      postgres = LocalPostgres.start();
      jdbcUrl = postgres.createDatabase("workforce");
      for (int i = 1; i <= nodeCount; i++) {
        nodePorts.add(freePort());
        nodes.add(node(i));
        if (i == 1) {
          awaitHealthy(1); // the first node creates the schema; the others find it
        }
      }
      for (int i = 2; i <= nodeCount; i++) {
        awaitHealthy(i);
      }
      long healthy = System.nanoTime();
      haproxy =
          LocalHaproxy.start(
              new HaproxyConfig(
                  ports.orchestrator(),
                  freePort(),
                  nodePorts.stream().map(p -> "127.0.0.1:" + p).toList()),
              dir.resolve("haproxy"));
      awaitBalanced();
      URI balancer = haproxy.uri();
      samples = SampleSystems.start(sampleOptions);
      DemoSetup setup = new DemoSetup(balancer, people, home.resolve("samples").resolve("flows"));
      enrolmentKey = setup.enrolmentKey();
      synchronized (this) {
        for (int i = 1; i <= ROBOTS; i++) {
          robots.add(robot(i));
        }
      }
      setup.run(samples.groundTruth(), true);
      System.out.println(
          ClusterBanner.text(
              balancer,
              haproxy,
              nodePorts,
              postgres.jdbcUrl("workforce"),
              samples,
              people,
              (healthy - began) / 1e9,
              (System.nanoTime() - began) / 1e9));
      return true;
    } catch (DemoStack.StartException | IllegalStateException e) {
      if (!stopping) {
        System.err.println(Text.say("集群未能启动: ", "The cluster could not start: ") + e.getMessage());
      }
      return false;
    } catch (RuntimeException e) { // an API answer the set-up did not expect: say what, no trace
      if (!stopping) {
        System.err.println(
            Text.say("集群未能启动: ", "The cluster could not start: ")
                + e.getMessage()
                + Text.say("\n日志在 ", "\nLogs are in ")
                + dir.resolve("logs"));
      }
      return false;
    }
  }

  /**
   * Until Ctrl-C: a node or robot that ended is started again (as systemd's {@code Restart=always}
   * would on a real machine), and says so; says when the balancer ended.
   */
  void watch() {
    List<String> reported = new ArrayList<>();
    while (!stopping) {
      sleep(Duration.ofSeconds(1));
      restartEnded(nodes, this::node);
      restartEnded(robots, this::robot);
      if (!stopping && haproxy != null && !haproxy.alive() && !reported.contains("haproxy")) {
        reported.add("haproxy");
        System.out.println(
            Text.say("HAProxy 已退出; 日志: ", "HAProxy ended; its log: ") + haproxy.log());
      }
    }
  }

  private synchronized void restartEnded(List<Child> children, IntFunction<Child> start) {
    for (int i = 0; i < children.size() && !stopping; i++) {
      Child c = children.get(i);
      if (!c.alive()) {
        children.set(i, start.apply(i + 1));
        System.out.println(
            Text.say(
                c.name() + " 已退出, 已重新启动; 日志: " + c.log(),
                c.name() + " ended and was started again; its log: " + c.log()));
      }
    }
  }

  /** Robots, nodes, HAProxy, the sample systems, PostgreSQL; safe to call more than once. */
  synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    System.out.println(Text.say("正在停止集群 ...", "Stopping the cluster ..."));
    children.stopAll(Duration.ofSeconds(15));
    if (haproxy != null) {
      haproxy.close();
    }
    if (samples != null) {
      samples.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    System.out.println(
        Text.say(
            "集群已停止, 它启动的进程均已结束, 数据库已删除.",
            "The cluster has stopped; every process it started has ended and its database is deleted."));
  }

  private Child node(int n) {
    return children.start(
        "node-" + n,
        "orchestrator",
        ORCHESTRATOR,
        List.of(
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError"),
        List.of(
            "--spring.profiles.active=postgres",
            "--server.port=" + nodePorts.get(n - 1),
            // reached only through the balancer on this machine, whose X-Forwarded-For names the
            // client (log-in limits and the audit count per client address, not per balancer)
            "--server.address=127.0.0.1",
            "--server.forward-headers-strategy=native",
            "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
            "--workforce.data-dir=" + dir.resolve("node-" + n),
            "--workforce.queues.queue-trigger-interval=2s",
            "--workforce.overview.rollup-interval=2s"),
        Map.of(
            "WORKFORCE_ADMIN_PASSWORD",
            Logins.admin(people).password(),
            "WORKFORCE_MASTER_KEY",
            masterKey,
            "WORKFORCE_DB_URL",
            jdbcUrl,
            "WORKFORCE_DB_USER",
            postgres.user(),
            "WORKFORCE_DB_PASSWORD",
            ""));
  }

  private Child robot(int n) {
    return children.start(
        "robot-" + n,
        "robot-runtime",
        RPA,
        List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
        List.of(
            "robot",
            "--orchestrator",
            haproxy.uri().toString(),
            "--name",
            "cluster-robot-" + n,
            "--state-dir",
            dir.resolve("robots").resolve("robot-" + n).toString(),
            "--grace",
            "5"),
        Map.of(
            "WORKFORCE_ENROL_KEY",
            enrolmentKey,
            "REGISTRY_URL",
            samples.registryUrl(),
            "INTAKE_URL",
            samples.intakeUrl(),
            "HEALTH_URL",
            samples.healthUrl(),
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
            "1",
            "OMP_THREAD_LIMIT",
            "1"));
  }

  private void awaitHealthy(int n) {
    Child node = nodes.get(n - 1);
    URI health = URI.create("http://127.0.0.1:" + nodePorts.get(n - 1) + "/actuator/health");
    long end = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < end && !stopping) {
      if (!node.alive()) {
        throw new DemoStack.StartException(
            Text.say(node.name() + " 启动时退出; 日志 ", node.name() + " ended while starting; its log ")
                + node.log()
                + ":\n"
                + DemoStack.tail(node.log(), 15));
      }
      if (answers200(health)) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new DemoStack.StartException(
        Text.say(
                node.name() + " 在 " + START_LIMIT.toSeconds() + " 秒内未就绪; 日志 ",
                node.name() + " was not ready within " + START_LIMIT.toSeconds() + " s; its log ")
            + node.log());
  }

  /** Until HAProxy's health checks see every node up. */
  private void awaitBalanced() {
    long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < end && !stopping) {
      Map<String, String> states = haproxy.nodeStates();
      if (states.size() == nodeCount && states.values().stream().allMatch("UP"::equals)) {
        return;
      }
      sleep(Duration.ofMillis(250));
    }
    throw new DemoStack.StartException(
        Text.say("HAProxy 没有看到所有节点就绪: ", "HAProxy did not see every node up: ")
            + haproxy.nodeStates()
            + "; "
            + haproxy.log());
  }

  private static boolean answers200(URI uri) {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String newMasterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /**
   * A free port that is none of the ports chosen for the balancer and the sample systems (those are
   * chosen first but bound later: the system could hand one out again).
   */
  private int freePort() {
    List<Integer> taken =
        List.of(ports.orchestrator(), ports.registry(), ports.intake(), ports.health());
    while (true) {
      try (ServerSocket s = new ServerSocket(0)) {
        int port = s.getLocalPort();
        if (!taken.contains(port) && !nodePorts.contains(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new IllegalStateException("no free port: " + e.getMessage(), e);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
