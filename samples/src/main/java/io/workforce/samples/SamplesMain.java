package io.workforce.samples;

import io.workforce.samples.archive.ArchiveTruth;
import io.workforce.samples.data.DataFiles;
import io.workforce.samples.data.DataGenerator;
import io.workforce.samples.portal.PortalFiles;
import io.workforce.samples.portal.PortalTruth;
import io.workforce.samples.web.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./rpa samples}: starts the sample legacy systems and prints their URLs and demo accounts;
 * {@code ./rpa samples generate --out DIR} writes the ground truth and spreadsheets. Every option
 * also reads an environment variable ({@code SAMPLES_*}).
 */
@Command(
    name = "rpa samples",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "启动示例业务系统 (企业登记 / 政务服务受理 / 卫健 / 档案管理) 并打印网址和演示账号。",
      "Starts the sample legacy systems and prints their URLs and demo accounts."
    },
    subcommands = SamplesMain.Generate.class)
public final class SamplesMain implements Callable<Integer> {

  @Option(
      names = "--records",
      defaultValue = "${env:SAMPLES_RECORDS:-100}",
      description =
          "企业数和已受理儿童数 / companies and children filed (env SAMPLES_RECORDS, default ${DEFAULT-VALUE})")
  int records;

  @Option(
      names = "--seed",
      defaultValue = "${env:SAMPLES_SEED:-42}",
      description = "数据种子 / data seed (env SAMPLES_SEED, default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--latency",
      defaultValue = "${env:SAMPLES_LATENCY:-0ms}",
      converter = DurationConverter.class,
      description = "每个响应的延迟 / latency of every response, e.g. 200ms (env SAMPLES_LATENCY)")
  Duration latency;

  @Option(
      names = "--fault-rate",
      defaultValue = "${env:SAMPLES_FAULT_RATE:-0}",
      description =
          "随机 5xx 错误比例 / share of random 5xx errors, 0–1, e.g. 0.05 (env SAMPLES_FAULT_RATE)")
  double faultRate;

  @Option(
      names = "--session-timeout",
      defaultValue = "${env:SAMPLES_SESSION_TIMEOUT:-10m}",
      converter = DurationConverter.class,
      description = "空闲会话超时 / idle session timeout, e.g. 30s or 10m (env SAMPLES_SESSION_TIMEOUT)")
  Duration sessionTimeout;

  @Option(
      names = "--export",
      defaultValue = "${env:SAMPLES_EXPORT:-false}",
      description =
          "开启只读 JSON 导出 (测试用) / enable the read-only JSON export for tests (env SAMPLES_EXPORT)")
  boolean export;

  @Option(
      names = "--host",
      defaultValue = "${env:SAMPLES_HOST:-127.0.0.1}",
      description = "监听地址 / interface to bind (env SAMPLES_HOST)")
  String host;

  @Option(
      names = "--registry-port",
      defaultValue = "${env:SAMPLES_REGISTRY_PORT:-18081}",
      description = "企业登记系统端口 / registry port")
  int registryPort;

  @Option(
      names = "--intake-port",
      defaultValue = "${env:SAMPLES_INTAKE_PORT:-18082}",
      description = "受理系统端口 / intake port")
  int intakePort;

  @Option(
      names = "--health-port",
      defaultValue = "${env:SAMPLES_HEALTH_PORT:-18083}",
      description = "卫健系统端口 / health port")
  int healthPort;

  @Option(
      names = "--archive-port",
      defaultValue = "${env:SAMPLES_ARCHIVE_PORT:-18085}",
      description = "档案管理系统端口 / archive port")
  int archivePort;

  @Option(
      names = "--portal-port",
      defaultValue = "${env:SAMPLES_PORTAL_PORT:-18086}",
      description = "一网通办窗口受理平台端口 / one-network portal port")
  int portalPort;

  public static void main(String[] args) {
    Thread preload = new Thread(SamplesMain::preload, "samples-preload");
    preload.setDaemon(true);
    preload.start();
    System.exit(new CommandLine(new SamplesMain()).execute(args));
  }

  /**
   * Loads and initialises the generator and the web layer (all five systems) on the second core
   * while picocli builds its model on the first (about 0.3 s of CPU each on a cold JVM): start-up
   * must stay under 2 s.
   */
  private static void preload() {
    DataGenerator.generate(1, 1);
    ArchiveTruth.generate(1);
    PortalTruth.generate(1);
    try {
      com.sun.net.httpserver.HttpServer.create().getClass();
      Class.forName(SampleSystems.class.getName());
      for (String c :
          List.of(
              "registry.RegistrySystem",
              "intake.IntakeSystem",
              "health.HealthSystem",
              "archive.ArchiveSystem",
              "portal.PortalSystem",
              "web.WebServer",
              "web.Sessions",
              "web.Response")) {
        Class.forName("io.workforce.samples." + c);
      }
    } catch (java.io.IOException | ClassNotFoundException e) {
      // only a warm-up: the real start reports any problem
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    SampleOptions options;
    SampleSystems systems;
    try {
      options =
          SampleOptions.demo()
              .records(records)
              .seed(seed)
              .latency(latency)
              .faultRate(faultRate)
              .sessionTimeout(sessionTimeout)
              .exportEnabled(export)
              .host(host)
              .ports(registryPort, intakePort, healthPort)
              .archivePort(archivePort)
              .portalPort(portalPort)
              .build();
      systems = SampleSystems.start(options);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println(
          Lang.say("无法启动示例系统: ", "Cannot start the sample systems: ") + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  systems.close();
                  stopped.countDown();
                },
                "stop-samples"));
    System.out.println(banner(systems));
    stopped.await();
    return 0;
  }

  static String banner(SampleSystems s) {
    SampleOptions o = s.options();
    StringBuilder sb = new StringBuilder();
    sb.append(Lang.say("示例业务系统已启动 (用时 ", "Sample systems started (in "))
        .append(String.format(Locale.ROOT, "%.2f", s.startupTime().toMillis() / 1000.0))
        .append(Lang.say(" 秒):", " s):"))
        .append('\n');
    line(sb, Lang.say("企业登记系统 (源)    ", "registry (source)    "), s.registryLoginUrl(), "registry");
    line(sb, Lang.say("政务服务受理系统 (目标)", "intake (target)      "), s.intakeLoginUrl(), "intake");
    line(sb, Lang.say("卫健系统 (核验)      ", "health (verification)"), s.healthLoginUrl(), "health");
    line(sb, Lang.say("档案管理系统 (列表与表格)", "archive (lists, tables)"), s.archiveLoginUrl(), "archive");
    line(sb, Lang.say("一网通办窗口受理 (表单)", "one-network portal (forms)"), s.portalLoginUrl(), "portal");
    sb.append(Lang.say("数据: 种子 ", "Data: seed "))
        .append(o.seed())
        .append(", ")
        .append(o.records())
        .append(Lang.say(" 条记录; 延迟 ", " records; latency "))
        .append(o.latency().toMillis())
        .append(" ms; ")
        .append(Lang.say("故障率 ", "fault rate "))
        .append(String.format(Locale.ROOT, "%.0f%%", o.faultRate() * 100))
        .append(Lang.say("; 会话超时 ", "; session timeout "))
        .append(o.sessionTimeout().toSeconds())
        .append(" s; ")
        .append(Lang.say("JSON 导出 ", "JSON export "))
        .append(o.exportEnabled() ? Lang.say("开启", "on") : Lang.say("关闭", "off"))
        .append('\n')
        .append(Lang.say("按 Ctrl-C 停止。", "Press Ctrl-C to stop."));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, String url, String system) {
    List<Account> accounts =
        SampleSystems.accounts().stream().filter(a -> a.system().equals(system)).toList();
    sb.append("  ").append(label).append("  ").append(url).append('\n');
    for (Account a : accounts) {
      sb.append("      ")
          .append(Lang.say("账号 ", "user "))
          .append(a.username())
          .append(Lang.say("  密码 ", "  password "))
          .append(a.password())
          .append("  (")
          .append(a.displayName())
          .append(")\n");
    }
  }

  /** {@code ./rpa samples generate --out DIR}: writes the data files of a seed. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "写出真值 JSON、申领表 (xlsx/CSV, 含脏数据) 和新设企业清单。",
        "Writes the ground truth JSON, the spreadsheets (xlsx/CSV, incl. a dirty one) and the new-registrations feed."
      })
  static final class Generate implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "输出目录 / output directory")
    Path out;

    @Option(names = "--records", defaultValue = "100", description = "default ${DEFAULT-VALUE}")
    int records;

    @Option(names = "--seed", defaultValue = "42", description = "default ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() {
      try {
        for (Path p : DataFiles.write(DataGenerator.generate(seed, records), out)) {
          System.out.println(Lang.say("已写出 ", "written ") + p);
        }
        for (Path p : PortalFiles.write(PortalTruth.generate(seed), out)) {
          System.out.println(Lang.say("已写出 ", "written ") + p);
        }
        return 0;
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        System.err.println(Lang.say("无法生成数据: ", "Cannot generate the data: ") + e.getMessage());
        return 1;
      }
    }
  }
}
