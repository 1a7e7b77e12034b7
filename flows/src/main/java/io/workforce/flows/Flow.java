package io.workforce.flows;

import io.workforce.flows.step.Step;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
}
