package io.workforce.demo;

import io.workforce.demo.Children.Child;
import io.workforce.demo.Logins.Person;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code ./rpa demo} runs: the sample systems (in this process), the orchestrator and the
 * robots (children), in that order, then watches them until Ctrl-C; {@link #stop()} ends them all.
 */
final class DemoStack {

  /** The demo's settings. */
  record Settings(
      Path home, Path dataDir, DemoPorts ports, SampleOptions samples, int robots, boolean fast) {}

  private static final String ORCHESTRATOR = "io.workforce.orchestrator.OrchestratorApplication";
  private static final String RPA = "io.workforce.runtime.cli.RpaCli";
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  /** The status a JVM ends with under {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY = 3;

  private final Settings settings;
  private final Children children;
  private final List<Person> people;
  private final URI base;
  private volatile SampleSystems samples;
  private volatile Child orchestrator;
  private final List<Child> robots = new ArrayList<>();
  private volatile boolean stopping;

  DemoStack(Settings settings, Children children, List<Person> people) {
    this.settings = settings;
    this.children = children;
    this.people = people;
    this.base = URI.create("http://127.0.0.1:" + settings.ports().orchestrator());
  }

  /**
   * Starts everything and waits until robots work; false (with the reason printed) when something
   * failed.
   */
  boolean start(long began) {
    boolean resumed = DataDir.resumable(settings.dataDir());
    System.out.println(
        resumed
            ? Text.say(
                "继续上次的演示 (数据: " + settings.dataDir() + "; --reset 从头开始) ...",
                "Resuming the previous demo (data: "
                    + settings.dataDir()
                    + "; --reset starts fresh) ...")
            : Text.say(
                "正在启动演示 (数据: " + settings.dataDir() + ") ...",
                "Starting the demo (data: " + settings.dataDir() + ") ..."));
    try {
      samples = SampleSystems.start(settings.samples());
      orchestrator = startOrchestrator();
      awaitHealthy();
      long healthy = System.nanoTime();
      DemoSetup setup =
          new DemoSetup(base, people, settings.home().resolve("samples").resolve("flows"));
      String key = setup.enrolmentKey();
      for (int i = 1; i <= settings.robots(); i++) {
        robots.add(robot(i, key)); // their JVMs and browsers start while the set-up goes on
      }
      Progress before = Progress.read(setup.admin());
      DemoSetup.Outcome outcome = setup.run(samples.groundTruth(), settings.fast());
      long setUp = System.nanoTime();
      Progress working = awaitWorking(setup.admin(), before);
      long now = System.nanoTime();
      System.out.println(
          Banner.text(
              settings,
              people,
              samples,
              working,
              outcome,
              new Banner.Times(
                  (now - began) / 1e9,
                  (healthy - began) / 1e9,
                  (setUp - healthy) / 1e9,
                  (now - setUp) / 1e9)));
      return true;
    } catch (StartException | IllegalStateException e) {
      if (!stopping) {
        System.err.println(Text.say("演示未能启动: ", "The demo could not start: ") + e.getMessage());
      }
      return false;
    } catch (
        RuntimeException
            e) { // an API answer or a file the set-up did not expect: say what, never a trace
      if (!stopping) {
        System.err.println(
            Text.say("演示未能启动: ", "The demo could not start: ")
                + e.getMessage()
                + Text.say(
                    "\n日志在 "
                        + settings.dataDir().resolve("logs")
                        + "; 数据目录不一致时 (例如删除了 "
                        + Logins.FILE
                        + ") 用 ./rpa demo --reset 从头开始.",
                    "\nLogs are in "
                        + settings.dataDir().resolve("logs")
                        + "; if the data directory is inconsistent (e.g. "
                        + Logins.FILE
                        + " was deleted) start fresh with ./rpa demo --reset."));
      }
      return false;
    }
  }

  /**
   * The orchestrator, as a child that ends itself when its heap is exhausted (exit status {@value
   * #OUT_OF_MEMORY}) rather than live on answering nothing; {@link #watch()} starts it again.
   */
  private Child startOrchestrator() {
    return children.start(
        "orchestrator",
        "orchestrator",
        ORCHESTRATOR,
        List.of(
            "-Xmx768m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError"),
        List.of(
            "--server.port=" + settings.ports().orchestrator(),
            "--workforce.data-dir=" + settings.dataDir().resolve("orchestrator"),
            "--workforce.queues.queue-trigger-interval=2s",
            "--workforce.overview.rollup-interval=2s"),
        Map.of("WORKFORCE_ADMIN_PASSWORD", Logins.admin(people).password()));
  }

  private Child robot(int n, String enrolmentKey) {
    Map<String, String> env =
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
            "1");
    return children.start(
        "robot-" + n,
        "robot-runtime",
        RPA,
        List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
        List.of(
            "robot",
            "--orchestrator",
            base.toString(),
            "--name",
            "demo-robot-" + n,
            "--state-dir",
            settings.dataDir().resolve("robots").resolve("robot-" + n).toString(),
            "--grace",
            "5"),
        env);
  }

  /**
   * Prints the queue and robots every half minute until Ctrl-C; starts the orchestrator again when
   * it ended for lack of memory, ends when it ended otherwise.
   */
  void watch() {
    Set<String> reported = new HashSet<>();
    Api admin = null;
    for (long second = 1; !stopping; second++) {
      sleep(Duration.ofSeconds(1));
      if (!orchestrator.alive() && !stopping) {
        if (orchestrator.process().exitValue() != OUT_OF_MEMORY || !restartOrchestrator()) {
          break;
        }
        admin = null;
      }
      if (second % 30 != 0) {
        continue;
      }
      for (Child r : robots) {
        if (!stopping && !r.alive() && reported.add(r.name())) {
          System.out.println(
              Text.say(
                  "机器人 " + r.name() + " 已退出; 日志: " + r.log(),
                  "Robot " + r.name() + " ended; its log: " + r.log()));
        }
      }
      try {
        admin =
            admin != null
                ? admin
                : Api.login(base, Logins.admin(people).username(), Logins.admin(people).password());
        if (!stopping) {
          System.out.println(Progress.read(admin).line());
        }
      } catch (Api.ApiException e) {
        admin = null; // the orchestrator is busy or restarting; the next round tries again
      }
    }
    if (!stopping) {
      System.err.println(
          Text.say("编排器已退出; 日志: ", "The orchestrator ended; its log: ") + orchestrator.log());
    }
  }

  /**
   * After an out-of-memory end: a new orchestrator process on the same data; false if it failed.
   */
  private boolean restartOrchestrator() {
    if (stopping) {
      return false;
    }
    System.err.println(
        Text.say(
            "编排器内存耗尽后已退出, 正在重启 (日志: " + orchestrator.log() + ") ...",
            "The orchestrator ran out of memory and ended; starting it again (its log: "
                + orchestrator.log()
                + ") ..."));
    try {
      orchestrator = startOrchestrator();
      awaitHealthy();
    } catch (StartException | IllegalStateException e) { // IllegalState: the demo is stopping
      System.err.println(e.getMessage());
      return false;
    }
    System.err.println(Text.say("编排器已重启.", "The orchestrator is running again."));
    return true;
  }

  /** Stops the robots, the orchestrator and the sample systems; safe to call more than once. */
  synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    System.out.println(Text.say("正在停止演示 ...", "Stopping the demo ..."));
    children.stopAll(Duration.ofSeconds(15));
    if (samples != null) {
      samples.close();
    }
    System.out.println(
        Text.say(
            "演示已停止, 它启动的进程均已结束. 数据在 "
                + settings.dataDir()
                + "; 再次运行 ./rpa demo 继续, ./rpa demo --reset 从头开始.",
            "The demo has stopped; every process it started has ended. Data is in "
                + settings.dataDir()
                + "; run ./rpa demo again to resume, ./rpa demo --reset to start fresh."));
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(base.resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long end = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < end && !stopping) {
      if (!orchestrator.alive()) {
        throw new StartException(
            Text.say("编排器启动时退出 (退出码 ", "the orchestrator ended while starting (exit ")
                + orchestrator.process().exitValue()
                + Text.say("). 日志 ", "). Its log ")
                + orchestrator.log()
                + ":\n"
                + tail(orchestrator.log(), 15));
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StartException("interrupted");
      }
      sleep(Duration.ofMillis(250));
    }
    throw new StartException(
        Text.say(
                "编排器在 " + START_LIMIT.toSeconds() + " 秒内未就绪; 日志 ",
                "the orchestrator was not ready within " + START_LIMIT.toSeconds() + " s; its log ")
            + orchestrator.log());
  }

  /**
   * Until a robot holds or finished an item (or, resumed with the queue done, all robots are
   * online).
   */
  private Progress awaitWorking(Api admin, Progress before) {
    long end = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < end && !stopping) {
      Progress now = Progress.read(admin);
      boolean working = now.inProgress() > 0 || now.finished() > before.finished();
      if (working
          || (now.ready() == 0 && now.inProgress() == 0 && now.online() >= settings.robots())) {
        return now;
      }
      for (Child r : robots) {
        if (!r.alive()) {
          throw new StartException(
              Text.say(
                      "机器人 " + r.name() + " 启动时退出; 日志 ",
                      "robot " + r.name() + " ended while starting; its log ")
                  + r.log()
                  + ":\n"
                  + tail(r.log(), 15));
        }
      }
      sleep(Duration.ofMillis(500));
    }
    throw new StartException(
        Text.say(
                "机器人在 " + START_LIMIT.toSeconds() + " 秒内没有开始工作; 日志在 ",
                "the robots did not start working within "
                    + START_LIMIT.toSeconds()
                    + " s; logs in ")
            + settings.dataDir().resolve("logs"));
  }

  static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "";
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A start that could not finish; the message says what and where the log is. */
  static final class StartException extends RuntimeException {
    StartException(String message) {
      super(message);
    }
  }

  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.1f", s);
  }
}
