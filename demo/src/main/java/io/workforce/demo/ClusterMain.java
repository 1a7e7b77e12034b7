package io.workforce.demo;

import io.workforce.samples.SampleOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./rpa cluster}: the tested several-node topology on one machine. A local PostgreSQL (fresh
 * at every start, like the tests'), N orchestrator nodes on it, HAProxy in front of them, the
 * sample legacy systems and two robots connected through the balancer; Ctrl-C stops it all.
 */
@Command(
    name = "rpa cluster",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "集群演示: 本地 PostgreSQL、N 个编排器节点、HAProxy 负载均衡、示例旧系统和两个机器人; Ctrl-C 全部停止。"
          + "每次启动都是全新的数据库。退出的节点或机器人会被重新启动 (如 systemd 的 Restart=always)。",
      "The cluster on one machine: a local PostgreSQL, N orchestrator nodes, HAProxy in front of them, the "
          + "sample legacy systems and two robots; Ctrl-C stops it all. The database is new at every start."
          + " A node or robot that ends is started again, as systemd's Restart=always would."
    })
public final class ClusterMain implements Callable<Integer> {

  @Option(
      names = "--nodes",
      paramLabel = "N",
      defaultValue = "2",
      description = "编排器节点数 / orchestrator nodes (1–5, default ${DEFAULT-VALUE})")
  int nodes;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "18080",
      description = {
        "负载均衡的端口 (控制中心和机器人都连这里; 0 = 任选空闲端口). 默认 ${DEFAULT-VALUE}",
        "the load balancer's port (the control center and the robots use it; 0 = any free port). "
            + "Default ${DEFAULT-VALUE}"
      })
  int port;

  @Option(
      names = "--records",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "登记系统企业数, 四分之一是新设立企业 (队列条目) / registry companies; a quarter are new (queue items);"
              + " default ${DEFAULT-VALUE}")
  int records;

  @Option(
      names = "--faults",
      description = {
        "打开示例系统的故障开关: 5% 的请求答 5xx, 会话 30 秒后过期",
        "turn the sample systems' fault switches on: 5 % of requests answer 5xx, sessions expire after 30 s"
      })
  boolean faults;

  @Option(
      names = "--samples-export",
      hidden = true,
      description = "test only: the sample systems' JSON export")
  boolean samplesExport;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "节点、机器人和日志的目录 / nodes', robots' and logs' directory (default data/cluster)")
  Path dataDir;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClusterMain()).execute(args));
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Path home = Path.of(System.getProperty("workforce.home", ".")).toAbsolutePath().normalize();
    Path dir =
        (dataDir != null ? dataDir : home.resolve("data").resolve("cluster"))
            .toAbsolutePath()
            .normalize();
    ClusterStack stack;
    try {
      if (nodes < 1 || nodes > 5) {
        throw new IllegalArgumentException(
            Text.say("--nodes 须在 1 到 5 之间, 现为 " + nodes, "--nodes must be 1 to 5, not " + nodes));
      }
      if (records < 1 || records > 100_000) {
        throw new IllegalArgumentException(
            Text.say(
                "--records 须在 1 到 100000 之间, 现为 " + records,
                "--records must be 1 to 100000, not " + records));
      }
      DemoPorts p = DemoPorts.parse(String.valueOf(port)).resolve();
      Children children = new Children(home, dir);
      children.stopLeftovers(); // of a previous run killed hard
      DataDir.prepare(dir, true); // the database is new at every start: so are the nodes' files
      SampleOptions.Builder samples =
          SampleOptions.builder()
              .latency(Duration.ZERO)
              .records(records)
              .exportEnabled(samplesExport)
              .ports(p.registry(), p.intake(), p.health());
      if (faults) {
        samples.faultRate(0.05).sessionTimeout(Duration.ofSeconds(30));
      }
      stack =
          new ClusterStack(
              home, dir, nodes, p, children, Logins.loadOrCreate(dir), samples.build());
    } catch (DemoPorts.PortException | DataDir.DataDirException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      System.err.println(
          Text.say("无法使用数据目录 ", "Cannot use the data directory ")
              + dir
              + ": "
              + e.getCause().getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "cluster-stop"));
    if (!stack.start(start)) {
      return 1; // the shutdown hook stops what was started
    }
    stack.watch(); // until Ctrl-C (the hook stops everything)
    return 1;
  }
}
