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
 * <p>The one place a flow's environment is made: a later source of values (system addresses kept as
 * orchestrator settings) belongs here too.
 */
public final class FlowEnvironment {

  /** Variables of the robot itself; a flow never sees them. */
  public static final String ROBOT_PREFIX = "WORKFORCE_";

  private FlowEnvironment() {}

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
