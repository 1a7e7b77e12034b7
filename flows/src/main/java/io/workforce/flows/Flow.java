package io.workforce.flows;

import io.workforce.flows.step.Enqueue;
import io.workforce.flows.step.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A parsed and validated flow: runnable as it is.
 *
 * @param name unique name ({@code flow:})
 * @param version positive version number
 * @param description what the flow does, for people
 * @param manualMinutesPerItem minutes a clerk needs by hand for one item (feeds "time saved")
 * @param systems the systems, in file order
 * @param input where the items come from
 * @param outputs values the flow reports per item (empty when none are declared)
 * @param steps the steps run for each item
 * @param before steps each worker runs once before its first item (and again after a system error
 *     rebuilt its sessions); empty when none
 * @param after steps each worker runs once after its last item; empty when none
 * @param placements where a clerk may run it (YAML {@code runs_on}, default robot)
 * @param credentialNames every credential name the flow needs (from its systems), sorted
 * @param environment the environment variables the flow reads, the names it writes as {@code
 *     ${env.NAME}}, sorted: the only ones the runtime gives it (never {@code WORKFORCE_*})
 * @param location the start of the file
 */
public record Flow(
    String name,
    int version,
    String description,
    double manualMinutesPerItem,
    Map<String, SystemDef> systems,
    FlowInput input,
    List<OutputDef> outputs,
    List<Step> steps,
    List<Step> before,
    List<Step> after,
    Set<Placement> placements,
    Set<String> credentialNames,
    Set<String> environment,
    SourceLocation location) {

  public Flow {
    before = before == null ? List.of() : List.copyOf(before);
    after = after == null ? List.of() : List.copyOf(after);
  }

  /**
   * The queues this flow's {@code enqueue} steps add to, wherever they are (items' steps, {@code
   * before}/{@code after}, log-ins, nested blocks), sorted. The orchestrator lets a robot running
   * this flow add to these queues only; a flow it {@code call}s adds under its own name.
   */
  public SortedSet<String> enqueueQueues() {
    SortedSet<String> queues = new TreeSet<>();
    List<List<Step>> lists = new ArrayList<>(List.of(steps, before, after));
    systems.values().forEach(s -> lists.add(s.login()));
    lists.forEach(l -> collectEnqueues(l, queues));
    return queues;
  }

  private static void collectEnqueues(List<Step> steps, SortedSet<String> into) {
    if (steps == null) {
      return;
    }
    for (Step s : steps) {
      if (s instanceof Enqueue e) {
        into.add(e.queue());
      }
      collectEnqueues(s.children(), into);
    }
  }
}
