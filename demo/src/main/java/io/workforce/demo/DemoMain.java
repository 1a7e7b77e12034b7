package io.workforce.demo;

import io.workforce.samples.SampleOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./rpa demo}: the whole product on one machine. The sample legacy systems run in this
 * process; the orchestrator (embedded H2) and the robots (headless Chromium) are child processes;
 * everything is set up through the public REST API; Ctrl-C stops every process it started. A second
 * start resumes from the same data; {@code --reset} starts fresh.
 */
@Command(
    name = "rpa demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "一键演示: 编排器 (H2)、三个示例旧系统、机器人和控制中心; Ctrl-C 全部停止。",
      "The whole product on one machine: orchestrator (H2), the three sample legacy systems, robots and the "
          + "control center; Ctrl-C stops it all."
    })
public final class DemoMain implements Callable<Integer> {

  @Option(
      names = "--fast",
      description = {
        "关闭示例系统的延迟, 两个机器人都处理队列 / no latency in the sample " + "systems; both robots work the queue"
      })
  boolean fast;

  @Option(
      names = "--reset",
      description = "删除上次的演示数据, 从头开始 / delete the previous demo's data and start fresh")
  boolean reset;

  @Option(
      names = "--ports",
      paramLabel = "PORT[,PORT,PORT,PORT]",
      defaultValue = DemoPorts.DEFAULT,
      description = {
        "起始端口 (编排器, 随后依次为登记/受理/卫健) 或四个端口; 0 = 任选空闲端口. 默认 ${DEFAULT-VALUE}",
        "first port (orchestrator, then registry/intake/health) or four ports; 0 = any free port. "
            + "Default ${DEFAULT-VALUE}"
      })
  String ports;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "演示数据目录 / demo data directory (default data/demo)")
  Path dataDir;

  @Option(
      names = "--robots",
      paramLabel = "N",
      defaultValue = "2",
      description = "机器人数 / robots (1–4, default 2)")
  int robots;

  @Option(
      names = "--records",
      paramLabel = "N",
      defaultValue = "2000",
      description =
          "登记系统企业数, 四分之一是新设立企业 (队列条目) / registry companies; a quarter are new (queue items)")
  int records;

  @Option(
      names = "--latency-ms",
      paramLabel = "MS",
      defaultValue = "1500",
      description =
          "示例系统每个响应的延迟 (毫秒; --fast 时为 0) / latency of every sample response (0 with --fast)")
  int latencyMs;

  @Option(
      names = "--samples-export",
      hidden = true,
      description = "test only: the sample systems' JSON export")
  boolean samplesExport;

  public static void main(String[] args) {
    System.exit(new CommandLine(new DemoMain()).execute(args));
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Path home = Path.of(System.getProperty("workforce.home", ".")).toAbsolutePath().normalize();
    Path dir =
        (dataDir != null ? dataDir : home.resolve("data").resolve("demo"))
            .toAbsolutePath()
            .normalize();
    DemoStack stack;
    try {
      if (robots < 1 || robots > 4) {
        throw new IllegalArgumentException(
            Text.say(
                "--robots 须在 1 到 4 之间, 现为 " + robots, "--robots must be 1 to 4, not " + robots));
      }
      DemoPorts wanted = DemoPorts.parse(ports);
      DataDir.prepare(dir, reset);
      Children children = new Children(home, dir);
      int leftovers = children.stopLeftovers();
      if (leftovers > 0) {
        System.out.println(
            Text.say(
                "已停止上次演示遗留的 " + leftovers + " 个进程.",
                "Stopped " + leftovers + " process(es) a previous demo left running."));
      }
      DemoPorts p = wanted.resolve();
      SampleOptions samples =
          SampleOptions.builder()
              .records(records)
              .exportEnabled(samplesExport)
              .latency(Duration.ofMillis(fast ? 0 : Math.max(0, latencyMs)))
              .ports(p.registry(), p.intake(), p.health())
              .build();
      stack =
          new DemoStack(
              new DemoStack.Settings(home, dir, p, samples, robots, fast),
              children,
              Logins.loadOrCreate(dir));
    } catch (DemoPorts.PortException | DataDir.DataDirException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      System.err.println(
          Text.say("无法使用演示数据目录 ", "Cannot use the demo data directory ")
              + dir
              + ": "
              + e.getCause().getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stack.stop();
                  stopped.countDown();
                },
                "demo-stop"));
    if (!stack.start(start)) {
      return 1; // the shutdown hook stops what was started
    }
    stack.watch(); // until Ctrl-C (the hook stops everything) or the orchestrator ends
    return 1;
  }
}
