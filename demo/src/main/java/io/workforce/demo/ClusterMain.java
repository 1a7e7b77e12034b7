package io.workforce.demo;

import java.io.UncheckedIOException;
import java.nio.file.Path;
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
      "集群演示: 本地 PostgreSQL、N 个编排器节点、HAProxy 负载均衡、示例旧系统和两个机器人; Ctrl-C 全部停止。" + "每次启动都是全新的数据库。",
      "The cluster on one machine: a local PostgreSQL, N orchestrator nodes, HAProxy in front of them, the "
          + "sample legacy systems and two robots; Ctrl-C stops it all. The database is new at every start."
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
      DemoPorts p = DemoPorts.parse(String.valueOf(port)).resolve();
      Children children = new Children(home, dir);
      children.stopLeftovers(); // of a previous run killed hard
      DataDir.prepare(dir, true); // the database is new at every start: so are the nodes' files
      stack = new ClusterStack(home, dir, nodes, p, children, Logins.loadOrCreate(dir));
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
