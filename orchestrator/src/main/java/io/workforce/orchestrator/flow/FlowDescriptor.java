package io.workforce.orchestrator.flow;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the orchestrator needs to know about a published flow version, taken from the validated flow
 * once at publish time and stored as JSON beside the source: systems and their session limits,
 * credentials, where its items come from, its start form, where it may run.
 *
 * @param name the flow's name
 * @param version its version
 * @param description what it does
 * @param manualMinutesPerItem minutes a clerk needs by hand per item (time saved)
 * @param systems the systems it logs in to
 * @param credentials every credential name it needs
 * @param input where its items come from
 * @param placements robot and/or desktop
 * @param outputs the names of its declared outputs
 * @param enqueues the queues its {@code enqueue} steps add to (written out in the flow), sorted:
 *     the only queues a robot running it may add items to
 */
public record FlowDescriptor(
    String name,
    int version,
    String description,
    double manualMinutesPerItem,
    List<SystemInfo> systems,
    List<String> credentials,
    InputInfo input,
    List<String> placements,
    List<String> outputs,
    List<String> enqueues) {

  /**
   * @param name the system's key in the flow
   * @param credential the vault name it logs in with, or null
   * @param maxSessions the system's own limit of sessions at once
   */
  public record SystemInfo(String name, String credential, int maxSessions) {}

  /**
   * @param kind none, queue, file or form
   * @param queue the queue name (kind queue)
   * @param format xlsx or csv (kind file)
   * @param fields the start form's fields (kind form)
   */
  public record InputInfo(String kind, String queue, String format, List<FieldInfo> fields) {}

  /** One field of the start form (see the flow language's form fields). */
  public record FieldInfo(
      String name,
      String label,
      String type,
      boolean required,
      List<String> choices,
      String pattern,
      BigDecimal min,
      BigDecimal max) {}

  /** System name to its session limit. */
  public Map<String, Integer> sessionLimits() {
    Map<String, Integer> limits = new TreeMap<>();
    systems.forEach(s -> limits.put(s.name(), s.maxSessions()));
    return limits;
  }

  /** True when it may run on orchestrator robots. */
  public boolean runsOnRobots() {
    return placements.isEmpty() || placements.contains("robot");
  }
}
