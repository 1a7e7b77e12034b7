package io.workforce.protocol.client;

import io.workforce.protocol.ClaimRequest;
import io.workforce.protocol.CredentialSecret;
import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.EventBatchReply;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.FlowDocument;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.HeartbeatReply;
import io.workforce.protocol.ItemCompletion;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.ItemFailure;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.ItemsCreated;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.LeaseReply;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.NewItems;
import io.workforce.protocol.QueueItem;
import io.workforce.protocol.ScreenshotRef;
import io.workforce.protocol.StepEvent;
import io.workforce.protocol.WorkAssignment;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The robot side of the robot protocol: every call a robot makes to an orchestrator, over HTTP/JSON
 * with the robot's own bearer token. Thread-safe; one instance per robot.
 *
 * <pre>{@code
 * EnrolResponse e = OrchestratorClient.enrol(URI.create("http://orch:18080"),
 *     new EnrolRequest(key, "robot-1", host, Capabilities.basic()));
 * try (OrchestratorClient client = OrchestratorClient.connect(URI.create("http://orch:18080"), e.token())) {
 *   client.heartbeat(Heartbeat.idle());
 *   client.pollWork(Duration.ofSeconds(30)).ifPresent(job -> ...);
 * }
 * }</pre>
 *
 * <p>Errors: a refusal throws {@link OrchestratorException} carrying the server's problem detail;
 * no answer at all throws {@link OrchestratorUnreachableException}. Calls are not retried here: the
 * caller decides (a robot keeps events in a {@link RobotOutbox}; a work poll is simply repeated).
 */
public final class OrchestratorClient implements AutoCloseable {

  private static final String ROBOT = "/api/v1/robot";

  private final Transport transport;

  private OrchestratorClient(Transport transport) {
    this.transport = transport;
  }

  /** A client for a robot that enrolled earlier and kept its token. */
  public static OrchestratorClient connect(URI baseUri, String robotToken) {
    return connect(baseUri, robotToken, Duration.ofSeconds(30));
  }

  /** As {@link #connect(URI, String)} with the time one ordinary request may take. */
  public static OrchestratorClient connect(
      URI baseUri, String robotToken, Duration requestTimeout) {
    return connect(List.of(baseUri), robotToken, requestTimeout);
  }

  /**
   * A client for the nodes of a cluster (or one load balancer): it talks to one node at a time and
   * moves to the next when that one does not answer (see {@link OrchestratorUnreachableException}).
   */
  public static OrchestratorClient connect(
      List<URI> nodes, String robotToken, Duration requestTimeout) {
    return new OrchestratorClient(
        new Transport(newHttpClient(), nodes, robotToken, requestTimeout));
  }

  /** The orchestrator address now in use (one of those given). */
  public URI address() {
    return URI.create(transport.base());
  }

  /**
   * As {@link #connect(URI, String)} sharing an existing {@link HttpClient} (many simulated
   * robots).
   */
  public static OrchestratorClient connect(
      HttpClient http, URI baseUri, String robotToken, Duration requestTimeout) {
    return new OrchestratorClient(
        new Transport(http, List.of(baseUri), robotToken, requestTimeout));
  }

  /** Enrols a new robot with an administrator's enrolment key; keep the returned token safe. */
  public static EnrolResponse enrol(URI baseUri, EnrolRequest request) {
    return enrol(List.of(baseUri), request);
  }

  /** As {@link #enrol(URI, EnrolRequest)} with the first of the nodes that answers. */
  public static EnrolResponse enrol(List<URI> nodes, EnrolRequest request) {
    Transport anonymous = new Transport(newHttpClient(), nodes, null, Duration.ofSeconds(30));
    return anonymous.post(ROBOT + "/enrol", request, EnrolResponse.class).orElseThrow();
  }

  /** Sends a heartbeat; the reply lists jobs someone asked this robot to stop. */
  public HeartbeatReply heartbeat(Heartbeat heartbeat) {
    return transport.post(ROBOT + "/heartbeat", heartbeat, HeartbeatReply.class).orElseThrow();
  }

  /**
   * Waits up to {@code wait} for a job (long poll: the answer comes as soon as a job is assigned).
   * Empty when none came in time; call again.
   */
  public Optional<WorkAssignment> pollWork(Duration wait) {
    long seconds = Math.max(0, wait.toSeconds());
    return transport.get(
        ROBOT + "/work?waitSeconds=" + seconds, WorkAssignment.class, wait.plusSeconds(15));
  }

  /** Reports that a job runs, or how it ended. */
  public void updateJob(long jobId, JobUpdate update) {
    transport.post(ROBOT + "/jobs/" + jobId + "/state", update, Void.class);
  }

  /**
   * Sends a batch of events; events already stored (same seq) are counted as duplicates, not stored
   * twice.
   */
  public EventBatchReply sendEvents(long jobId, List<StepEvent> events) {
    return transport
        .post(ROBOT + "/jobs/" + jobId + "/events", events, EventBatchReply.class)
        .orElseThrow();
  }

  /**
   * Uploads a PNG screenshot; {@code ref} is the robot's own reference (as named in its events,
   * letters, digits, dot, dash and underscore). The orchestrator stores it under a name it
   * generates.
   */
  public ScreenshotRef uploadScreenshot(long jobId, String ref, byte[] png) {
    return transport.postBytes(
        ROBOT + "/jobs/" + jobId + "/screenshots?ref=" + Transport.encode(ref),
        png,
        "image/png",
        ScreenshotRef.class);
  }

  /** Reports outcomes of items that did not come from a queue (spreadsheet rows, forms). */
  public void reportItems(long jobId, List<ItemResult> results) {
    transport.post(ROBOT + "/jobs/" + jobId + "/items", results, Void.class);
  }

  /** Checks out a credential the job's flow declares; the orchestrator audits every checkout. */
  public CredentialSecret checkoutCredential(long jobId, String credentialName) {
    return transport
        .post(
            ROBOT + "/jobs/" + jobId + "/credentials/" + Transport.encode(credentialName),
            null,
            CredentialSecret.class)
        .orElseThrow();
  }

  /** Fetches a published flow version. */
  public FlowDocument fetchFlow(String flowName, int version) {
    return transport
        .get(
            ROBOT + "/flows/" + Transport.encode(flowName) + "/versions/" + version,
            FlowDocument.class,
            null)
        .orElseThrow();
  }

  /**
   * Downloads the input file of a job this robot runs (a spreadsheet a clerk uploaded; the job's
   * inputs name it as {@code file}).
   */
  public byte[] downloadJobFile(long jobId, String fileId) {
    return transport.getBytes(ROBOT + "/jobs/" + jobId + "/files/" + Transport.encode(fileId));
  }

  /**
   * Claims the next item of a queue for a job (null: outside any job); empty when no item is ready.
   */
  public Optional<QueueItem> claimItem(String queue, Long jobId, Duration lease) {
    Integer seconds = lease == null ? null : (int) lease.toSeconds();
    return transport.post(
        ROBOT + "/queues/" + Transport.encode(queue) + "/claim",
        new ClaimRequest(jobId, seconds),
        QueueItem.class);
  }

  /** Extends the lease of an item this robot holds. */
  public LeaseReply renewLease(long itemId, Duration lease) {
    Integer seconds = lease == null ? null : (int) lease.toSeconds();
    return transport
        .post(
            ROBOT + "/items/" + itemId + "/lease",
            new ClaimRequest(null, seconds),
            LeaseReply.class)
        .orElseThrow();
  }

  /** Marks an item done, with its output. */
  public void completeItem(long itemId, Map<String, Object> output) {
    completeItem(itemId, new ItemCompletion(output));
  }

  /** Marks an item done: it did its work, or found nothing to do (with the flow's reason). */
  public void completeItem(long itemId, ItemCompletion completion) {
    transport.post(ROBOT + "/items/" + itemId + "/complete", completion, Void.class);
  }

  /** Marks an item failed: business (final) or system (retried while attempts remain). */
  public void failItem(long itemId, FailureKind kind, String reason) {
    transport.post(ROBOT + "/items/" + itemId + "/fail", new ItemFailure(kind, reason), Void.class);
  }

  /**
   * Adds an item to a queue; a duplicate reference is not added and answers with the existing
   * item's id.
   */
  public ItemCreated addItem(String queue, NewItem item) {
    try {
      return transport
          .post(ROBOT + "/queues/" + Transport.encode(queue) + "/items", item, ItemCreated.class)
          .orElseThrow();
    } catch (OrchestratorException e) {
      if (e.status() == 409 && e.problem() != null && e.problem().existingId() != null) {
        return new ItemCreated(e.problem().existingId(), true);
      }
      throw e;
    }
  }

  /**
   * Adds items to a queue that the flow of this robot's job names in an {@code enqueue} step: all
   * or none; a reference already there adds nothing and is answered as a duplicate. Sending the
   * same {@link NewItems#requestId()} again gets the first answer again.
   */
  public ItemsCreated addItems(long jobId, String queue, NewItems items) {
    return transport
        .post(
            ROBOT + "/jobs/" + jobId + "/queues/" + Transport.encode(queue) + "/items",
            items,
            ItemsCreated.class)
        .orElseThrow();
  }

  @Override
  public void close() {
    transport.close();
  }

  private static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }
}
