package io.workforce.runtime.robot;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.protocol.FlowDocument;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published flow versions this robot has run, parsed and validated, by content hash: a version is
 * fetched once, and a copy whose hash differs from what the dispatcher announced is never run.
 */
final class FlowCache {

  private final OrchestratorClient client;
  private final Duration patience;
  private final FlowParser parser = FlowParser.create();
  private final Map<String, Flow> byHash = new ConcurrentHashMap<>();

  FlowCache(OrchestratorClient client, Duration patience) {
    this.client = client;
    this.patience = patience;
  }

  /**
   * The job's flow version.
   *
   * @throws io.workforce.flows.FlowValidationException when it does not validate on this robot
   *     (another version of the flow language)
   * @throws IllegalStateException when the fetched text is not the announced version
   */
  Flow get(WorkAssignment job) {
    Flow cached = job.flowHash() == null ? null : byHash.get(job.flowHash());
    if (cached != null) {
      return cached;
    }
    FlowDocument doc =
        Retrying.call(
            "fetch flow " + job.flowName() + " v" + job.flowVersion(),
            patience,
            () -> client.fetchFlow(job.flowName(), job.flowVersion()));
    String hash = sha256(doc.source());
    if (job.flowHash() != null && !job.flowHash().equalsIgnoreCase(hash)) {
      throw new IllegalStateException(
          RobotMessages.get("flow.hash", job.flowName(), job.flowVersion(), job.flowHash(), hash));
    }
    Flow flow =
        parser.parse(
            doc.sourceName() == null ? job.flowName() + ".yaml" : doc.sourceName(), doc.source());
    byHash.put(hash, flow);
    return flow;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
