package io.workforce.orchestrator.flow;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import java.util.List;

/** A flow failed validation; every problem is listed with its {@code file:line:col} and hint. */
public class FlowRejectedException extends InvalidRequestException {

  public FlowRejectedException(String sourceName, List<FieldProblem> problems) {
    super(
        "flow-invalid",
        Text.of(
            "流程 " + sourceName + " 有 " + problems.size() + " 处错误, 未发布",
            "flow " + sourceName + " has " + problems.size() + " problem(s); not published"),
        problems);
  }
}
