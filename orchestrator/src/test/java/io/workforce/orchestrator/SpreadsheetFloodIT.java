package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.Multipart;
import io.workforce.orchestrator.testing.OrchestratorProcess;
import io.workforce.orchestrator.testing.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 22, finding 1: three clerks upload a large spreadsheet (250,000 rows, ~9.4 MB, too little
 * compressed for the zip-bomb guard) at the same time to an orchestrator process with a small heap.
 * Reading it whole filled the heap, answered 500 after minutes and left a process that answered
 * nothing. Now spreadsheets are read as a stream, at most {@code max-parallel} at once (429 with
 * Retry-After beyond), and the server's health answers within a second throughout.
 */
class SpreadsheetFloodIT {

  @Test
  void threeParallelLargeUploadsKeepTheServerAnsweringAndEndCorrectlyOrWithAClearRefusal(
      @TempDir Path dir) throws Exception {
    Path sheet = Workbooks.large(dir.resolve("companies.xlsx"), 250_000);
    byte[] body = Multipart.file("companies.xlsx", Files.readAllBytes(sheet));
    try (OrchestratorProcess o =
        OrchestratorProcess.start(
            dir.resolve("data"),
            null,
            List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"),
            Map.of("workforce.spreadsheets.max-rows", "300000"))) {
      List<AdminApi> clerks = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        clerks.add(o.person("flood-clerk-" + i, "CLERK").withTimeout(Duration.ofMinutes(5)));
      }
      Watch watch = new Watch(o);
      Thread watcher = new Thread(watch, "health-watch");
      watcher.setDaemon(true);
      watcher.start();
      long started = System.nanoTime();
      List<AdminApi.Response> answers = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<AdminApi.Response>> uploads = new ArrayList<>();
        for (AdminApi clerk : clerks) {
          uploads.add(pool.submit(() -> upload(clerk, body)));
        }
        for (Future<AdminApi.Response> f : uploads) {
          answers.add(f.get());
        }
      } finally {
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      watch.stop.set(true);
      watcher.join();
      System.out.printf(
          "three uploads of %,d bytes: %.1f s; health latency max %d ms over %d probes (%d failed);"
              + " sampled heap peak %d MB; answers %s%n",
          Files.size(sheet),
          seconds,
          watch.maxLatencyMillis.get(),
          watch.probes.get(),
          watch.failed.get(),
          watch.heapPeak.get() >> 20,
          answers.stream().map(AdminApi.Response::status).toList());

      assertThat(o.alive()).as("the orchestrator process is alive:\n" + o.tail()).isTrue();
      assertThat(watch.failed.get()).as("health probes that did not answer 200").isZero();
      assertThat(watch.maxLatencyMillis.get()).as("slowest health answer, ms").isLessThan(1000);
      int stored = 0;
      for (AdminApi.Response a : answers) {
        if (a.status() == 201) {
          JsonNode f = a.json();
          assertThat(f.get("dataRows").asInt()).isEqualTo(250_000);
          assertThat(f.get("columns").toString())
              .isEqualTo("[\"creditCode\",\"name\",\"amount\",\"employees\"]");
          assertThat(f.get("preview").get(0).get(1).asString()).isEqualTo("企业1");
          stored++;
        } else {
          assertThat(a.status()).as(a.body()).isEqualTo(429);
          assertThat(a.problemType()).isEqualTo("spreadsheets-busy");
          assertThat(a.headers().get("retry-after")).isNotEmpty();
          assertThat(a.json().get("detail").asString()).contains("companies.xlsx");
        }
      }
      assertThat(stored).as("uploads read to the end").isPositive();

      assertThat(o.healthStatus(Duration.ofSeconds(1))).isEqualTo(200);
      AdminApi.Response small =
          clerks
              .get(2)
              .postRaw(
                  "/api/v1/job-files",
                  Multipart.CONTENT_TYPE,
                  Multipart.file("small.csv", "a,b\n1,2\n".getBytes()));
      assertThat(small.status()).as(small.body()).isEqualTo(201);
    }
  }

  /** The answer, or status -1 with the reason when the connection broke (the server died). */
  private static AdminApi.Response upload(AdminApi clerk, byte[] body) {
    try {
      return clerk.postRaw("/api/v1/job-files", Multipart.CONTENT_TYPE, body);
    } catch (RuntimeException e) {
      return new AdminApi.Response(-1, e.toString(), "", Map.of());
    }
  }

  /** Probes health every 100 ms (and samples the heap) until stopped. */
  private static final class Watch implements Runnable {
    final OrchestratorProcess o;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicLong maxLatencyMillis = new AtomicLong();
    final AtomicLong probes = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong heapPeak = new AtomicLong();

    Watch(OrchestratorProcess o) {
      this.o = o;
    }

    @Override
    public void run() {
      AdminApi admin = o.admin().withTimeout(Duration.ofSeconds(10));
      int round = 0;
      while (!stop.get()) {
        long t = System.nanoTime();
        int status = o.healthStatus(Duration.ofSeconds(5));
        long ms = (System.nanoTime() - t) / 1_000_000;
        probes.incrementAndGet();
        maxLatencyMillis.accumulateAndGet(ms, Math::max);
        if (status != 200) {
          failed.incrementAndGet();
        }
        if (round++ % 3 == 0 && status == 200) {
          AdminApi.Response heap = admin.get("/actuator/metrics/jvm.memory.used?tag=area:heap");
          if (heap.status() == 200) {
            long used = (long) heap.json().get("measurements").get(0).get("value").asDouble();
            heapPeak.accumulateAndGet(used, Math::max);
          }
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
