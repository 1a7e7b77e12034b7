package io.workforce.demo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processes the demo starts: Java programs of other modules, run the way {@code ./rpa} runs
 * them (module jar plus {@code target/classpath.txt}). Each runs in a session of its own ({@code
 * setsid}), so that Ctrl-C in the terminal reaches only the launcher, which then stops them in
 * order: robots first (they finish or hand back the item in hand), then the orchestrator, then
 * anything any of them left behind (browsers). Their process ids are kept in {@code demo.pids} so
 * that a demo killed hard is cleaned up by the next one.
 */
final class Children {

  /** A started program. */
  record Child(String name, Process process, Path log) {
    boolean alive() {
      return process.isAlive();
    }
  }

  private static final String PIDS = "demo.pids";

  private final Path home;
  private final Path dataDir;
  private final List<Child> started = new ArrayList<>();
  private boolean stopped;

  Children(Path home, Path dataDir) {
    this.home = home;
    this.dataDir = dataDir;
  }

  /**
   * Starts {@code mainClass} of {@code module} with its output in {@code logs/<name>.log}.
   *
   * @param env added to this process's environment (secrets go here, never on the command line)
   */
  synchronized Child start(
      String name,
      String module,
      String mainClass,
      List<String> jvm,
      List<String> args,
      Map<String, String> env) {
    if (stopped) {
      throw new IllegalStateException("the demo is stopping: " + name + " is not started");
    }
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid");
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(
        List.of(
            "-Dfile.encoding=UTF-8",
            "-Dworkforce.home=" + home,
            "-cp",
            classPath(module),
            mainClass));
    command.addAll(args);
    try {
      Path log = dataDir.resolve("logs").resolve(name + ".log");
      Files.createDirectories(log.getParent());
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(dataDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      pb.environment().putAll(env);
      Process p = pb.start();
      p.getOutputStream().close();
      Child child = new Child(name, p, log);
      started.add(child);
      Files.writeString(
          dataDir.resolve(PIDS),
          p.pid() + " " + name + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every program started and all their descendants, stopped in the reverse order of their start.
   */
  synchronized void stopAll(Duration grace) {
    stopped = true;
    List<ProcessHandle> everything = new ArrayList<>();
    for (Child c : started) {
      everything.add(c.process().toHandle());
      c.process().descendants().forEach(everything::add);
    }
    List<Child> reverse = new ArrayList<>(started);
    java.util.Collections.reverse(reverse);
    List<Child> robots = reverse.stream().filter(c -> c.name().startsWith("robot")).toList();
    robots.forEach(c -> c.process().destroy()); // SIGTERM: robots end their item first
    robots.forEach(c -> await(c.process(), grace));
    reverse.stream()
        .filter(c -> !robots.contains(c))
        .forEach(
            c -> {
              c.process().destroy();
              await(c.process(), grace);
            });
    everything.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    everything.forEach(h -> h.onExit().completeOnTimeout(h, 5, TimeUnit.SECONDS).join());
    started.clear();
    try {
      Files.deleteIfExists(dataDir.resolve(PIDS));
    } catch (IOException e) {
      // the next start checks the pids again, and only kills processes of this data directory
    }
  }

  /**
   * Stops programs a previous demo on this data directory left running (it was killed with SIGKILL,
   * or its terminal closed); answers how many. Only processes whose command line names this data
   * directory count.
   */
  int stopLeftovers() {
    Path file = dataDir.resolve(PIDS);
    if (!Files.exists(file)) {
      return 0;
    }
    int stopped = 0;
    try (Stream<String> lines = Files.lines(file)) {
      for (String line : lines.toList()) {
        Optional<ProcessHandle> h = ProcessHandle.of(Long.parseLong(line.split(" ")[0]));
        if (h.isPresent() && h.get().isAlive() && ours(h.get())) {
          List<ProcessHandle> tree = new ArrayList<>(h.get().descendants().toList());
          tree.add(h.get());
          tree.forEach(ProcessHandle::destroyForcibly);
          stopped++;
        }
      }
      Files.delete(file);
    } catch (IOException | NumberFormatException e) {
      // a damaged pid file: nothing can be identified safely, so nothing is killed
    }
    return stopped;
  }

  private boolean ours(ProcessHandle h) {
    return h.info()
            .arguments()
            .map(a -> String.join(" ", a).contains(dataDir.toString()))
            .orElse(false)
        || h.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false);
  }

  /** The module's jar and its dependencies, as {@code ./rpa} starts it. */
  String classPath(String module) {
    Path target = home.resolve(module).resolve("target");
    Path deps = target.resolve("classpath.txt");
    try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
      Path jar =
          files
              .filter(
                  p ->
                      p.getFileName().toString().matches(module + "-.*\\.jar")
                          && !p.getFileName()
                              .toString()
                              .matches(".*-(sources|javadoc|tests)\\.jar"))
              .findFirst()
              .orElse(null);
      if (jar == null || !Files.isRegularFile(deps)) {
        throw new IllegalStateException(
            Text.say(
                "模块 "
                    + module
                    + " 尚未构建 (缺少 "
                    + target
                    + " 中的 jar 或 "
                    + "classpath.txt). 请运行 ./rpa build.",
                "Module "
                    + module
                    + " is not built (no jar or classpath.txt in "
                    + target
                    + "). Run ./rpa build."));
      }
      return jar + File.pathSeparator + Files.readString(deps).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(Process p, Duration limit) {
    try {
      p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
