package io.workforce.runtime.cli;

import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.robot.Robot;
import io.workforce.runtime.robot.RobotOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./rpa robot --orchestrator URL --enrol-key K [--name N] [--pool P] [--labels a,b]
 * [--driver D] [--workers N] [--state-dir DIR]}: this machine becomes a robot of the orchestrator
 * until SIGTERM / Ctrl-C.
 */
@Command(name = "robot", mixinStandardHelpOptions = true)
final class RobotCommand implements Callable<Integer> {

  /**
   * Where the enrolment key may come from instead of the command line (which other users can see in
   * ps).
   */
  static final String KEY_ENV = "WORKFORCE_ENROL_KEY";

  @Option(
      names = "--orchestrator",
      required = true,
      split = ",",
      paramLabel = "URL",
      description =
          "e.g. http://orch:18080; the nodes of a cluster comma-separated"
              + " (http://a:18080,http://b:18080), or one load balancer")
  List<URI> orchestrator;

  @Option(
      names = "--enrol-key",
      paramLabel = "KEY",
      description = "enrolment key (first start; or $WORKFORCE_ENROL_KEY)")
  String enrolKey;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "robot name (default: the host name)")
  String name;

  @Option(names = "--pool", paramLabel = "POOL", description = "robot pool")
  String pool;

  @Option(
      names = "--labels",
      paramLabel = "a,b",
      split = ",",
      description = "labels jobs may require")
  List<String> labels = new ArrayList<>();

  @Option(names = "--driver", paramLabel = "playwright|selenium", defaultValue = "playwright")
  String driver;

  @Option(
      names = "--workers",
      paramLabel = "N",
      defaultValue = "1",
      description = "items of a job at once")
  int workers;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "token, outbox, runs (default ~/.workforce/robot)")
  Path stateDir;

  @Option(
      names = "--lease",
      paramLabel = "SECONDS",
      description = "lease of a queue item (default: the queue's)")
  Integer leaseSeconds;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "how long steps wait")
  int timeoutSeconds;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description = "tries per item on system errors")
  int retries;

  @Option(
      names = "--grace",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "on shutdown, time the item in hand has to finish")
  int graceSeconds;

  @Override
  public Integer call() {
    Map<String, String> env = System.getenv();
    String key = enrolKey != null ? enrolKey : env.get(KEY_ENV);
    if (key != null) {
      Secrets.register(key.strip());
    }
    Path dir =
        stateDir != null
            ? stateDir
            : Path.of(System.getProperty("user.home"), ".workforce", "robot");
    RobotOptions options =
        new RobotOptions(
            orchestrator,
            key == null ? null : key.strip(),
            name != null ? name : RobotOptions.defaultName(dir),
            pool,
            labels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
            BrowserDriver.Kind.parse(driver),
            workers,
            dir,
            leaseSeconds == null ? null : Duration.ofSeconds(leaseSeconds),
            Duration.ofSeconds(timeoutSeconds),
            retries,
            Duration.ofSeconds(graceSeconds),
            env,
            Clock.systemUTC());
    Robot robot = new Robot(options);
    Thread hook =
        new Thread(
            () -> {
              robot.shutdown();
              robot.awaitStopped(options.grace().plusMinutes(2));
            },
            "rpa-robot-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    robot.run();
    return 0;
  }
}
