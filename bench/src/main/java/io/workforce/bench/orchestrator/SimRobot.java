package io.workforce.bench.orchestrator;

import io.workforce.protocol.Capabilities;
import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.protocol.json.ProtocolJson;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated robot: enrolled with a real enrolment key over HTTP, then talking only through the
 * real {@link OrchestratorClient} (sharing the bed's keep-alive HTTP client), as many robots behind
 * one proxy.
 *
 * @param id the robot's id
 * @param client its protocol client
 * @param jobId the job it runs (0 before {@link #takeJob})
 * @param seq the next event sequence number of that job
 */
record SimRobot(long id, OrchestratorClient client, long jobId, AtomicLong seq) {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Enrols {@code count} robots named {@code prefix-N}, {@code parallel} at a time, each lane with
   * its own key (every enrolment counts a use of its key in one row, so one key would make them
   * queue for that row).
   */
  static List<SimRobot> enrol(OrchestratorBed bed, String prefix, int count, int parallel)
      throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      keys.add(bed.admin().enrolmentKey("benchmark " + prefix + " " + i));
    }
    return inParallel(
        count,
        parallel,
        i -> {
          EnrolRequest request =
              new EnrolRequest(
                  keys.get(i % parallel), prefix + "-" + i, "bench", Capabilities.basic());
          HttpRequest post =
              HttpRequest.newBuilder(bed.baseUri().resolve("/api/v1/robot/enrol"))
                  .timeout(REQUEST_TIMEOUT)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofByteArray(
                          ProtocolJson.mapper().writeValueAsBytes(request)))
                  .build();
          HttpResponse<byte[]> r = bed.http().send(post, HttpResponse.BodyHandlers.ofByteArray());
          if (r.statusCode() != 201) {
            throw new IOException(
                "enrolment of "
                    + request.name()
                    + " -> HTTP "
                    + r.statusCode()
                    + ": "
                    + new String(r.body()));
          }
          EnrolResponse e = ProtocolJson.mapper().readValue(r.body(), EnrolResponse.class);
          return new SimRobot(
              e.robotId(),
              OrchestratorClient.connect(bed.http(), bed.baseUri(), e.token(), REQUEST_TIMEOUT),
              0,
              new AtomicLong(1));
        });
  }

  /**
   * Polls for work (a job must be pending), reports it RUNNING, and answers the robot holding it.
   */
  SimRobot takeJob() {
    WorkAssignment work =
        client
            .pollWork(Duration.ofSeconds(20))
            .orElseThrow(
                () -> new IllegalStateException("robot " + id + " got no job within 20 s"));
    client.updateJob(work.jobId(), JobUpdate.running());
    return new SimRobot(id, client, work.jobId(), seq);
  }

  /**
   * Ends its job as succeeded, so that it holds no session after the benchmark; a job that already
   * ended (the robot was taken for lost on a starved machine) is left as it is, and false is
   * answered.
   */
  boolean finishJob() {
    if (jobId == 0) {
      return true;
    }
    try {
      client.updateJob(jobId, JobUpdate.succeeded(null));
      return true;
    } catch (OrchestratorException e) {
      if (e.status() == 409) {
        return false;
      }
      throw e;
    }
  }

  /** A task over an index. */
  interface IndexedTask<T> {
    T run(int index) throws Exception;
  }

  /** Runs {@code task(0..count-1)} on {@code parallel} threads; the results in index order. */
  static <T> List<T> inParallel(int count, int parallel, IndexedTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.run(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
