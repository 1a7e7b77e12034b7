package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.flow.FlowDescriptor;
import java.util.List;

/**
 * A check a job must pass before it is created, so that a clerk hears about a problem when
 * starting, not from a failed login later. Features contribute checks as beans (inputs here,
 * personal credentials in the vault).
 */
public interface JobStartCheck {

  /** The problems that stop this start (empty = fine). */
  List<FieldProblem> check(FlowDescriptor flow, StartJobRequest request);
}
