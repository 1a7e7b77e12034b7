package io.workforce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where a benchmark run happened: cores, memory, CPU model, load, and the versions of what was
 * measured (Java, the OS, Chromium, Tesseract, PostgreSQL, Workforce and its commit). Anything that
 * cannot be read is "unknown".
 */
record Machine(
    int cores, double memoryGiB, String cpu, double load, String os, List<String> versions) {

  static Machine here(Path home) {
    List<String> versions = new ArrayList<>();
    versions.add("Workforce " + workforceVersion() + commit(home));
    versions.add(
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")");
    versions.add(firstLine("Chromium", "/usr/bin/chromium", "--version"));
    versions.add(firstLine("Tesseract", "tesseract", "--version"));
    versions.add(postgres());
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        readMemoryGiB(),
        cpuModel(),
        readLoad(),
        readOs(),
        versions.stream().filter(v -> !v.isEmpty()).toList());
  }

  /** One paragraph for the generated block. */
  String describe() {
    return String.format(
            Locale.ROOT,
            "%d cores, %.0f GiB memory, %s; %s; load average %.1f at the start",
            cores,
            memoryGiB,
            cpu,
            os,
            load)
        + "  \nVersions: "
        + String.join(", ", versions);
  }

  private static String cpuModel() {
    return read("/proc/cpuinfo").stream()
        .filter(l -> l.startsWith("model name"))
        .findFirst()
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .orElse("unknown CPU");
  }

  private static double readMemoryGiB() {
    return read("/proc/meminfo").stream()
        .filter(l -> l.startsWith("MemTotal:"))
        .findFirst()
        .map(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / (1024 * 1024))
        .orElse(Double.NaN);
  }

  private static double readLoad() {
    return read("/proc/loadavg").stream()
        .findFirst()
        .map(l -> Double.parseDouble(l.split(" ")[0]))
        .orElse(Double.NaN);
  }

  private static String readOs() {
    String name =
        read("/etc/os-release").stream()
            .filter(l -> l.startsWith("PRETTY_NAME="))
            .findFirst()
            .map(l -> l.substring(12).replace("\"", ""))
            .orElse(System.getProperty("os.name"));
    return name + ", " + System.getProperty("os.arch");
  }

  private static String workforceVersion() {
    return io.workforce.runtime.Version.current();
  }

  private static String commit(Path home) {
    String c = run(home, "git", "rev-parse", "--short", "HEAD");
    return c.isEmpty() ? "" : " (commit " + c + ")";
  }

  private static String postgres() {
    try (Stream<Path> dirs =
        Files.exists(Path.of("/usr/lib/postgresql"))
            ? Files.list(Path.of("/usr/lib/postgresql"))
            : Stream.empty()) {
      return dirs.map(d -> d.resolve("bin/postgres"))
          .filter(Files::isExecutable)
          .sorted()
          .reduce((a, b) -> b)
          .map(p -> firstLine("PostgreSQL", p.toString(), "--version"))
          .orElse("");
    } catch (IOException e) {
      return "";
    }
  }

  private static String firstLine(String label, String... command) {
    String out = run(Path.of("."), command);
    String version = out.replaceAll("(?s)^\\D*?(\\d+(\\.\\d+)+).*$", "$1");
    return out.isEmpty() ? "" : label + " " + (version.length() < 30 ? version : out);
  }

  private static String run(Path dir, String... command) {
    try {
      Process p =
          new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0
          ? out.lines()
              .filter(l -> !l.contains("unexpected operator"))
              .findFirst()
              .orElse("")
              .trim()
          : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static List<String> read(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
