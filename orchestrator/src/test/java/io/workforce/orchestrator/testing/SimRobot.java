package io.workforce.orchestrator.testing;

import io.workforce.protocol.Capabilities;
import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A simulated robot: enrolled over the real API, talking through the real {@link
 * OrchestratorClient}.
 */
public final class SimRobot {

  private final EnrolResponse enrolment;
  private final OrchestratorClient client;

  private SimRobot(EnrolResponse enrolment, OrchestratorClient client) {
    this.enrolment = enrolment;
    this.client = client;
  }

  /** Makes an enrolment key through the admin API and enrols a robot with it. */
  public static SimRobot enrol(TestOrchestrator o, String name, String pool, List<String> labels) {
    return enrol(o.admin(), o.baseUri(), name, pool, labels);
  }

  /** Enrols a robot at {@code base} with a key made through {@code admin} (e.g. another node). */
  public static SimRobot enrol(
      AdminApi admin, URI base, String name, String pool, List<String> labels) {
    String key =
        admin
            .post("/api/v1/enrolment-keys", "{\"label\":\"test " + name + "\"}")
            .expect(201)
            .json()
            .get("key")
            .asString();
    Capabilities caps = Capabilities.basic().withPool(pool).withLabels(labels);
    EnrolResponse e =
        OrchestratorClient.enrol(base, new EnrolRequest(key, name, "localhost", caps));
    return new SimRobot(e, OrchestratorClient.connect(base, e.token()));
  }

  public static SimRobot enrol(TestOrchestrator o, String name) {
    return enrol(o, name, null, List.of());
  }

  /** The same robot (same token) talking to a restarted orchestrator on its new port. */
  public static SimRobot reconnect(TestOrchestrator o, SimRobot robot) {
    return new SimRobot(robot.enrolment, OrchestratorClient.connect(o.baseUri(), robot.token()));
  }

  /** The same robot (same token) talking to another address, e.g. another node of a cluster. */
  public SimRobot at(URI base) {
    return new SimRobot(enrolment, OrchestratorClient.connect(base, token()));
  }

  /** Polls until this job is assigned and marks it running (see {@link #receive}). */
  public WorkAssignment take(long jobId) {
    WorkAssignment w = receive(jobId);
    client.updateJob(jobId, JobUpdate.running());
    return w;
  }

  /**
   * Polls until this job is assigned, without starting it. On an orchestrator that tests share, a
   * job another test left pending may come first: it is failed (a system failure) and the poll goes
   * on.
   */
  public WorkAssignment receive(long jobId) {
    for (int i = 0; i < 50; i++) {
      WorkAssignment w =
          client
              .pollWork(Duration.ofSeconds(5))
              .orElseThrow(
                  () ->
                      new AssertionError(
                          "no work for robot " + id() + " while waiting for job " + jobId));
      if (w.jobId() == jobId) {
        return w;
      }
      client.updateJob(
          w.jobId(),
          JobUpdate.failed(FailureKind.SYSTEM, "taken by a test waiting for job " + jobId));
    }
    throw new AssertionError("job " + jobId + " was not assigned to robot " + id());
  }

  public OrchestratorClient client() {
    return client;
  }

  public long id() {
    return enrolment.robotId();
  }

  public String token() {
    return enrolment.token();
  }
}
