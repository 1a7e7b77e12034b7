package io.workforce.e2e.robots;

import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.DataFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The sample legacy systems and an orchestrator set up for {@code sync-registrations} worked from a
 * queue by robots: the flow published, the queue filled from the samples' {@code
 * new-registrations.csv}, the credentials in the vault and each registry clerk's own queue trigger.
 *
 * <p>Why per clerk: the sample registry, like many old systems, ends a session when the same
 * account logs in again. So the registry account is a <b>personal, exclusive</b> credential: each
 * clerk (张登记 = djy01, 李登记 = djy02) sets their own account and creates their own trigger, whose jobs
 * run for them (nobody can make a schedule run as someone else), and the dispatcher never gives two
 * jobs holding the same clerk's account to robots at once. The intake system tolerates concurrent
 * sessions, so its robot account is shared. Two robots thus work the queue side by side without
 * logging each other out.
 */
final class SyncRig implements AutoCloseable {

  static final String QUEUE = "new-registrations";
  static final String FLOW = "sync-registrations";
  static final Path FLOWS = Path.of("..", "samples", "flows").toAbsolutePath().normalize();
  static final String CLERK_PASSWORD = "Clerk-robots-e2e-2026";

  final SampleSystems samples;
  final LiveOrchestrator orchestrator;
  final RestClient admin;
  final String enrolKey;

  /**
   * How many API answers the set-up received (the enrolment key's creation shows the key, once, by
   * design).
   */
  final int setUpAnswers;

  final Path dir;
  final List<RobotProcess> robots = new ArrayList<>();

  /**
   * @param records companies in the registry: a quarter of them are new registrations (the queue's
   *     items)
   * @param leaseSeconds the queue's lease
   */
  SyncRig(
      LiveOrchestrator.Db db,
      int records,
      int leaseSeconds,
      Map<String, String> properties,
      Path dir) {
    this.dir = dir;
    this.samples =
        SampleSystems.start(SampleOptions.builder().records(records).exportEnabled(true).build());
    // short heartbeats so that a lost robot is noticed within seconds (offline-after must be >= 2
    // heartbeats)
    Map<String, String> props =
        new HashMap<>(
            Map.of(
                "workforce.robots.heartbeat-interval", "2s",
                "workforce.robots.offline-after", "6s",
                "workforce.robots.sweep-interval", "1s",
                "workforce.queues.queue-trigger-interval", "1s"));
    props.putAll(properties);
    this.orchestrator = LiveOrchestrator.start(db, props);
    this.admin = orchestrator.admin();
    publish(FLOW);
    admin
        .post(
            "/api/v1/queues",
            Map.of(
                "name",
                QUEUE,
                "description",
                "新设立企业",
                "maxAttempts",
                5,
                "leaseSeconds",
                leaseSeconds))
        .expect(201, 200);
    admin
        .post(
            "/api/v1/credentials",
            Map.of(
                "name",
                "registry-clerk",
                "kind",
                "PERSONAL",
                "exclusive",
                true,
                "description",
                "登记员本人的账号"))
        .expect(201, 200);
    admin
        .post("/api/v1/credentials", Map.of("name", "intake-clerk", "kind", "SHARED"))
        .expect(201, 200);
    admin
        .put(
            "/api/v1/credentials/intake-clerk/value",
            Map.of(
                "username",
                SampleSystems.account("intake").username(),
                "secret",
                SampleSystems.account("intake").password()))
        .expect(204, 200);
    clerk("zhang", "djy01");
    clerk("li", "djy02");
    enrolKey =
        admin
            .post(
                "/api/v1/enrolment-keys",
                Map.of("label", "e2e robots", "maxUses", 20, "validFor", "P1D"))
            .expect(201, 200)
            .json()
            .path("key")
            .asString();
    setUpAnswers = admin.bodies().size();
  }

  /** Every new registration of the samples, as CSV rows (header first). */
  List<String> registrationRows() {
    String csv =
        new String(DataFiles.newRegistrations(samples.groundTruth()), StandardCharsets.UTF_8);
    return List.of(csv.split("\r?\n"));
  }

  /**
   * Imports new registrations {@code from} (inclusive) {@code to} (exclusive), counted from 0, into
   * the queue.
   */
  void importRegistrations(int from, int to) {
    List<String> rows = registrationRows();
    String csv =
        rows.get(0) + "\r\n" + String.join("\r\n", rows.subList(1 + from, 1 + to)) + "\r\n";
    JsonNode report =
        admin
            .upload(
                "/api/v1/queues/" + QUEUE + "/items/import?referenceColumn=creditCode",
                "new-registrations.csv",
                csv.getBytes(StandardCharsets.UTF_8))
            .expect(200, 201)
            .json();
    if (report.path("added").asInt(-1) != to - from) {
      throw new AssertionError("the import did not add " + (to - from) + " items: " + report);
    }
  }

  /** Publishes a sample flow as live. */
  void publish(String flow) {
    try {
      String source = Files.readString(FLOWS.resolve(flow + ".yaml"));
      admin
          .post(
              "/api/v1/flows", Map.of("source", source, "sourceName", flow + ".yaml", "live", true))
          .expect(201, 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A registry clerk who sets their own registry account (shares sync-registrations). */
  private void clerk(String user, String registryAccount) {
    admin
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                user,
                "displayName",
                "登记员 " + user,
                "roles",
                List.of("CLERK"),
                "password",
                CLERK_PASSWORD))
        .expect(201, 200);
    RestClient.login(orchestrator.baseUri(), user, CLERK_PASSWORD)
        .put(
            "/api/v1/me/credentials/registry-clerk",
            Map.of(
                "username",
                registryAccount,
                "secret",
                SampleSystems.accounts().stream()
                    .filter(a -> a.username().equals(registryAccount))
                    .findFirst()
                    .orElseThrow()
                    .password()))
        .expect(204, 200);
  }

  /**
   * Each clerk's own queue trigger: up to one job at a time per clerk while the queue has ready
   * items, running for that clerk.
   */
  void triggers() {
    admin
        .put(
            "/api/v1/flows/" + FLOW + "/shares",
            List.of(Map.of("user", "zhang"), Map.of("user", "li")))
        .expect(200);
    for (String user : List.of("zhang", "li")) {
      RestClient.login(orchestrator.baseUri(), user, CLERK_PASSWORD)
          .post(
              "/api/v1/schedules",
              Map.of(
                  "name",
                  "sync-" + user,
                  "kind",
                  "QUEUE",
                  "flow",
                  FLOW,
                  "queue",
                  QUEUE,
                  "maxJobs",
                  1))
          .expect(201, 200);
    }
  }

  /** Starts a robot process against this orchestrator and these systems. */
  RobotProcess robot(String name, String... extra) {
    RobotProcess r =
        RobotProcess.start(
            name,
            dir.resolve(name),
            orchestrator.baseUri(),
            enrolKey,
            Map.of(
                "REGISTRY_URL",
                samples.registryUrl(),
                "INTAKE_URL",
                samples.intakeUrl(),
                "WORKFORCE_LANG",
                "en"),
            extra);
    robots.add(r);
    return r;
  }

  /** Items per status of the queue. */
  Map<String, Long> counts() {
    JsonNode counts = admin.get("/api/v1/queues/" + QUEUE).expect(200).json().path("counts");
    Map<String, Long> out = new HashMap<>();
    counts.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  long count(String status) {
    return counts().getOrDefault(status, 0L);
  }

  /**
   * Waits for a condition, failing with {@code what} and the robots' output after {@code timeout}.
   */
  void await(String what, Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return;
      }
      RobotProcess.sleep(250);
    }
    StringBuilder s = new StringBuilder("timed out after " + timeout + " waiting until " + what);
    try {
      s.append("; queue ").append(counts());
    } catch (RuntimeException e) {
      s.append("; queue unknown: ").append(e.getMessage());
    }
    robots.forEach(
        r ->
            s.append("\n--- robot ").append(r.name()).append(":\n").append(tail(r.output(), 3000)));
    throw new AssertionError(s.toString());
  }

  static String tail(String text, int chars) {
    return text.length() <= chars ? text : text.substring(text.length() - chars);
  }

  @Override
  public void close() {
    robots.forEach(RobotProcess::close);
    orchestrator.close();
    samples.close();
  }
}
