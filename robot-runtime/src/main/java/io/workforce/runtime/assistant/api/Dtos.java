package io.workforce.runtime.assistant.api;

import io.workforce.protocol.CredentialSecret;
import io.workforce.protocol.JobState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the assistant reads from and sends to the orchestrator's public REST API (unknown fields
 * ignored).
 */
public final class Dtos {

  private Dtos() {}

  /** The logged-in person ({@code GET /api/v1/me}). */
  public record Me(String username, String displayName, List<String> roles, String language) {}

  /** A flow the clerk may start ({@code GET /api/v1/me/flows}). */
  public record StartableFlow(
      String name,
      String description,
      int liveVersion,
      double manualMinutesPerItem,
      InputInfo input,
      List<String> placements,
      Map<String, Object> fixedInputs,
      List<String> credentials,
      Double robotSecondsPerRun,
      List<DesktopAccount> sharedDesktopAccounts) {
    public StartableFlow {
      sharedDesktopAccounts =
          sharedDesktopAccounts == null ? List.of() : List.copyOf(sharedDesktopAccounts);
      placements =
          placements == null || placements.isEmpty() ? List.of("robot") : List.copyOf(placements);
      fixedInputs = fixedInputs == null ? Map.of() : Map.copyOf(fixedInputs);
      credentials = credentials == null ? List.of() : List.copyOf(credentials);
      description = description == null ? "" : description;
      input = input == null ? new InputInfo("none", null, null, List.of()) : input;
    }

    /** Whether it may run on the orchestrator's robots. */
    public boolean runsOnRobots() {
      return placements.contains("robot");
    }

    /** Whether it may run here, attended. */
    public boolean runsOnDesktop() {
      return placements.contains("desktop");
    }
  }

  /**
   * A shared account (a robot account) that an attended run of a flow would put on the clerk's own
   * machine, because an administrator marked it for desktop use: who did, and when.
   */
  public record DesktopAccount(String credential, String markedBy, java.time.Instant markedAt) {}

  /** Where a flow's items come from: none, queue, file (format xlsx/csv) or form (fields). */
  public record InputInfo(String kind, String queue, String format, List<FieldInfo> fields) {
    public InputInfo {
      fields = fields == null ? List.of() : List.copyOf(fields);
    }
  }

  /** One field of a start form. */
  public record FieldInfo(
      String name,
      String label,
      String type,
      boolean required,
      List<String> choices,
      String pattern,
      BigDecimal min,
      BigDecimal max) {
    public FieldInfo {
      choices = choices == null ? List.of() : List.copyOf(choices);
      label = label == null || label.isBlank() ? name : label;
    }
  }

  /** A personal credential and whether the clerk has set their own value. */
  public record MyCredential(
      String name, String description, boolean valueSet, Instant updatedAt) {}

  /** A spreadsheet uploaded as a job's input. */
  public record UploadedFile(
      String id, String name, Integer dataRows, List<String> columns, List<List<String>> preview) {}

  /** A job as the API shows it (the fields the assistant uses). */
  public record Job(
      long id,
      String flowName,
      JobState state,
      Map<String, Object> inputs,
      Map<String, Object> result,
      String failureKind,
      String failureMessage,
      Instant startedAt,
      Instant finishedAt) {}

  /** One item a job finished. */
  public record JobItem(
      String reference,
      String outcome,
      String reason,
      Map<String, Object> output,
      Instant finishedAt) {}

  /**
   * An attended run's flow source and credentials (secrets: memory only, this run only), and the
   * job the orchestrator keeps for it (its items and end are reported there), or null from an
   * orchestrator that keeps none; {@code settings} are the orchestrator's values of what the flow
   * reads as {@code ${env.NAME}} (system addresses), which win over this machine's environment.
   */
  public record AttendedRun(
      String flow,
      int version,
      String source,
      Map<String, Object> fixedInputs,
      List<CredentialSecret> credentials,
      Long jobId,
      Map<String, String> settings) {
    public AttendedRun {
      settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    @Override
    public String toString() {
      return "AttendedRun[" + flow + " v" + version + "]";
    }
  }
}
