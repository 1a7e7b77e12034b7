package io.workforce.orchestrator.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request to start a flow.
 *
 * @param flow the flow's name
 * @param version the version (null = the live one)
 * @param inputs values of the flow's start form, or file references
 * @param priority 1–10, higher first (null = 5)
 * @param deadline when it must be done (null = none); near deadlines go first
 * @param pool run only in this robot pool (null = any)
 * @param labels run only on robots with all these labels
 * @param startedBy optional, and only ever the caller's own user name: a job always runs for the
 *     person who starts it (their personal credentials are used), nobody starts one for someone
 *     else. Filled in by the server.
 */
public record StartJobRequest(
    @NotBlank String flow,
    @Min(1) Integer version,
    Map<String, Object> inputs,
    @Min(1) @Max(10) Integer priority,
    Instant deadline,
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}") String pool,
    List<String> labels,
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}") String startedBy) {

  public StartJobRequest {
    inputs = inputs == null ? Map.of() : inputs;
    labels = labels == null ? List.of() : labels;
  }

  /** Just the flow, everything else default. */
  public static StartJobRequest of(String flow) {
    return new StartJobRequest(flow, null, null, null, null, null, null, null);
  }

  /** The same start for this person (set by the server, never taken from a request). */
  public StartJobRequest runningFor(String user) {
    return new StartJobRequest(flow, version, inputs, priority, deadline, pool, labels, user);
  }
}
