package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.job.JobStartCheck;
import io.workforce.orchestrator.job.StartJobRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A job starts only when every credential its flow needs has the value it would use: a clerk
 * missing their personal value hears what to set now, not from a failed login later.
 */
@Component
class PersonalCredentialCheck implements JobStartCheck {

  private final VaultService vault;

  PersonalCredentialCheck(VaultService vault) {
    this.vault = vault;
  }

  @Override
  public List<FieldProblem> check(FlowDescriptor flow, StartJobRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String name : flow.credentials()) {
      vault
          .missingValue(name, request.startedBy())
          .ifPresent(
              why ->
                  problems.add(
                      new FieldProblem(
                          "credentials." + name,
                          why,
                          request.startedBy() == null
                              ? "set the credential's value (PUT /api/v1/credentials/"
                                  + name
                                  + "/value)"
                              : "请在控制中心「我的凭据」中设置 '"
                                  + name
                                  + "' 的账号和密码后再启动 / set your own '"
                                  + name
                                  + "' account first (PUT /api/v1/me/credentials/"
                                  + name
                                  + ", as "
                                  + request.startedBy()
                                  + ")")));
    }
    return problems;
  }
}
