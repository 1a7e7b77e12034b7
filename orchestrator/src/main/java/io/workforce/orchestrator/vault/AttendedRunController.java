package io.workforce.orchestrator.vault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.flow.FlowEnvironmentNames;
import io.workforce.orchestrator.flow.FlowShares;
import io.workforce.orchestrator.flow.FlowVersionView;
import io.workforce.orchestrator.job.AttendedRuns;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import io.workforce.orchestrator.setting.Settings;
import io.workforce.protocol.CredentialSecret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 有人值守: a clerk runs a flow on their own machine (the desktop assistant's runtime, a browser they
 * watch). The flow must be shared with them and allow {@code desktop} in {@code runs_on}; the
 * answer carries the live version's source and the credentials it declares, checked out (and
 * audited) for this run only. A shared credential (a robot account) is handed out only when an
 * administrator marked it for desktop use; a personal one is always the caller's own value.
 */
@RestController
@Tag(name = "vault")
class AttendedRunController {

  private final FlowShares shares;
  private final FlowCatalog catalog;
  private final VaultService vault;
  private final Checkouts checkouts;
  private final AttendedRuns attendedRuns;
  private final FlowEnvironmentNames environmentNames;
  private final Settings settings;

  AttendedRunController(
      FlowShares shares,
      FlowCatalog catalog,
      VaultService vault,
      Checkouts checkouts,
      AttendedRuns attendedRuns,
      FlowEnvironmentNames environmentNames,
      Settings settings) {
    this.attendedRuns = attendedRuns;
    this.environmentNames = environmentNames;
    this.settings = settings;
    this.shares = shares;
    this.catalog = catalog;
    this.vault = vault;
    this.checkouts = checkouts;
  }

  /**
   * What an attended run needs.
   *
   * @param flow the flow
   * @param version its live version
   * @param source the flow's source text (YAML or JSON)
   * @param fixedInputs inputs fixed for the caller by the share
   * @param credentials the secrets of the credentials it declares (keep them in memory for this run
   *     only)
   * @param sharedAccounts which of them are shared accounts (not the caller's own), marked for
   *     desktop use by an administrator: show them to the person as such
   * @param jobId the run as the orchestrator keeps it (attended, no robot): report its items and
   *     its end under {@code /me/runs/{jobId}}
   * @param settings the settings the flow reads as {@code ${env.NAME}} (system addresses): their
   *     values for everyone (not those for robot labels); they win over the machine's environment
   */
  record AttendedRun(
      String flow,
      int version,
      String source,
      Map<String, Object> fixedInputs,
      List<CredentialSecret> credentials,
      List<String> sharedAccounts,
      long jobId,
      Map<String, String> settings) {
    @Override
    public String toString() {
      return "AttendedRun["
          + flow
          + " v"
          + version
          + ", "
          + credentials.size()
          + " credentials ***]";
    }
  }

  @PostMapping("/api/v1/me/flows/{name}/attended-run")
  @Operation(
      summary =
          "Start an attended run on one's own machine: the flow's source and its credentials "
              + "(audited checkout). 403 not shared or not runs_on desktop, 422 a credential value missing")
  AttendedRun attendedRun(Caller.User caller, @PathVariable String name) {
    Map<String, Object> fixed = Map.of();
    if (!caller.has(Role.ADMINISTRATOR)) {
      List<Map<String, Object>> grants = shares.allSharesFor(caller, name);
      if (grants.isEmpty()) {
        throw new ForbiddenException(
            Text.of("流程 '" + name + "' 没有共享给您", "flow '" + name + "' is not shared with you"));
      }
      fixed = grants.get(0);
    }
    int version = catalog.liveVersion(name);
    FlowVersionView v = catalog.version(name, version, true);
    FlowDescriptor d = v.descriptor();
    if (!d.placements().contains("desktop")) {
      throw new ForbiddenException(
          Text.of(
              "流程 '" + name + "' 只能在服务器机器人上运行 (runs_on 不含 desktop)",
              "flow '"
                  + name
                  + "' runs only on the orchestrator's robots (runs_on has no 'desktop')"));
    }
    List<String> robotAccounts =
        d.credentials().stream()
            .map(vault::meta)
            .filter(m -> m.kind().equals("SHARED") && !m.desktopUse())
            .map(VaultService.Meta::name)
            .toList();
    if (!robotAccounts.isEmpty()) {
      // for administrators too: nobody takes a robot account's password home by publishing a flow
      throw new ForbiddenException(
          Text.of(
              "流程 '"
                  + name
                  + "' 用到的共享凭据 "
                  + robotAccounts
                  + " 没有被管理员标记为可在桌面使用, 有人值守运行拿不到它们 (PUT /api/v1/credentials/{name}/desktop-use)",
              "flow '"
                  + name
                  + "' uses the shared credentials "
                  + robotAccounts
                  + ", which an administrator has not marked for desktop use, so an attended run"
                  + " cannot get them (PUT /api/v1/credentials/{name}/desktop-use)"));
    }
    List<FieldProblem> missing = new ArrayList<>();
    for (String credential : d.credentials()) {
      vault
          .missingValue(credential, caller.username())
          .ifPresent(
              why ->
                  missing.add(
                      new FieldProblem(
                          "credentials." + credential,
                          why,
                          "请在「我的凭据」中设置 '"
                              + credential
                              + "' / set your own '"
                              + credential
                              + "' first (PUT /api/v1/me/credentials/"
                              + credential
                              + ")")));
    }
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(
          "credential-missing",
          Text.of(
              "缺少凭据, 无法启动 '" + name + "'", "a credential is missing, '" + name + "' cannot start"),
          missing);
    }
    List<CredentialSecret> secrets =
        d.credentials().stream()
            .map(c -> checkouts.checkoutForDesktop(caller.username(), name, c))
            .toList();
    List<String> shared =
        d.credentials().stream().filter(c -> vault.meta(c).kind().equals("SHARED")).toList();
    long jobId = attendedRuns.start(name, version, caller.username(), fixed);
    Map<String, String> values = settings.resolve(environmentNames.of(name, version), List.of());
    return new AttendedRun(name, version, v.source(), fixed, secrets, shared, jobId, values);
  }
}
