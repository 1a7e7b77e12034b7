package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.user.UserService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A job runs only for a person who may act now: a schedule of someone who was disabled since starts
 * nothing (it would use their personal credentials and speak for them).
 */
@Component
class RunsForCheck implements JobStartCheck {

  private final UserService users;

  RunsForCheck(UserService users) {
    this.users = users;
  }

  @Override
  public List<FieldProblem> check(FlowDescriptor flow, StartJobRequest request) {
    String user = request.startedBy();
    if (user == null || users.isEnabled(user)) {
      return List.of();
    }
    return List.of(
        new FieldProblem(
            "startedBy",
            "user '" + user + "', for whom this job would run, is disabled or gone",
            "a disabled user's schedules start nothing: an administrator enables the user again, or"
                + " someone else creates the schedule anew"));
  }
}
