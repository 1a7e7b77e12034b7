package io.workforce.runtime.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code ${env.X}} reads: only the variables a flow names literally ({@link
 * io.workforce.flows.Flow#environment()}), and never the robot's own settings ({@code WORKFORCE_*}:
 * enrolment key, vault key, …) even if a flow names one. The validator already refuses {@code
 * ${env}} as a whole and {@code WORKFORCE_*} names; this is the second lock.
 *
 * <p>The one place a flow's environment is made: from the process's environment (a local {@code
 * ./rpa run}) and, for a robot's job or the assistant's attended run, the orchestrator's settings
 * (system addresses kept centrally), which win ({@link #withSettings}).
 */
public final class FlowEnvironment {

  /** Variables of the robot itself; a flow never sees them. */
  public static final String ROBOT_PREFIX = "WORKFORCE_";

  private FlowEnvironment() {}

  /**
   * The environment a run reads: {@code own} (the process's), with the orchestrator's {@code
   * settings} for this run laid over it (a central address wins over a stale local one).
   */
  public static Map<String, String> withSettings(
      Map<String, String> own, Map<String, String> settings) {
    if (settings == null || settings.isEmpty()) {
      return own;
    }
    Map<String, String> out = new TreeMap<>(own);
    settings.forEach(
        (name, value) -> {
          if (!name.startsWith(ROBOT_PREFIX) && value != null) {
            out.put(name, value);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /** The variables among {@code names} that {@code source} has, minus the robot's own. */
  public static Map<String, String> of(Collection<String> names, Map<String, String> source) {
    Map<String, String> out = new TreeMap<>();
    for (String name : names) {
      String value = source.get(name);
      if (value != null && !name.startsWith(ROBOT_PREFIX)) {
        out.put(name, value);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
