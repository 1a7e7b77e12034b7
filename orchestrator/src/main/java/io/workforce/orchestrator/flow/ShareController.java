package io.workforce.orchestrator.flow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.Role;
import io.workforce.orchestrator.vault.DesktopAccount;
import io.workforce.orchestrator.vault.VaultService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "flows")
class ShareController {

  private final FlowShares shares;
  private final FlowCatalog catalog;
  private final VaultService vault;

  ShareController(FlowShares shares, FlowCatalog catalog, VaultService vault) {
    this.shares = shares;
    this.catalog = catalog;
    this.vault = vault;
  }

  /**
   * A flow the caller may start, with what the start form needs.
   *
   * @param name the flow
   * @param description what it does
   * @param liveVersion the version a start runs
   * @param manualMinutesPerItem minutes a clerk needs by hand per item
   * @param input where its items come from, with the start form's fields
   * @param placements robot and/or desktop
   * @param fixedInputs inputs fixed for the caller (shown read-only)
   * @param credentials the credentials it logs in with
   * @param robotSecondsPerRun how long a successful robot run took lately (moving average), or null
   *     before the first
   * @param sharedDesktopAccounts the shared accounts (not the caller's own) that an attended run of
   *     this flow puts on the caller's machine, marked for desktop use by an administrator (who,
   *     when): tell the person before they start one; empty for flows that do not run on desktops
   */
  record StartableFlow(
      String name,
      String description,
      int liveVersion,
      double manualMinutesPerItem,
      FlowDescriptor.InputInfo input,
      List<String> placements,
      Map<String, Object> fixedInputs,
      List<String> credentials,
      Double robotSecondsPerRun,
      List<DesktopAccount> sharedDesktopAccounts) {}

  @GetMapping("/api/v1/flows/{name}/shares")
  @Operation(summary = "Who may start the flow (users and groups) and the inputs fixed for them")
  List<FlowShares.Share> list(@PathVariable String name) {
    return shares.list(name);
  }

  @PutMapping("/api/v1/flows/{name}/shares")
  @Operation(
      summary = "Replace who may start the flow; 422 lists every unknown user, group or input")
  List<FlowShares.Share> replace(
      @PathVariable String name,
      @Valid @RequestBody @Size(max = 1000) List<FlowShares.@Valid Share> request) {
    return shares.replace(name, request);
  }

  @GetMapping("/api/v1/me/flows")
  @Operation(
      summary =
          "The flows the caller may start (clerks: those shared with them; administrators: all)")
  List<StartableFlow> mine(Caller.User caller) {
    Map<String, Map<String, Object>> startable =
        caller.has(Role.ADMINISTRATOR) ? allLive() : shares.sharedWith(caller);
    List<StartableFlow> flows = new ArrayList<>();
    startable.forEach(
        (name, fixed) -> {
          FlowView f = catalog.get(name);
          if (f.liveVersion() != null) {
            FlowDescriptor d = catalog.descriptor(name, f.liveVersion());
            flows.add(
                new StartableFlow(
                    name,
                    d.description(),
                    f.liveVersion(),
                    d.manualMinutesPerItem(),
                    d.input(),
                    d.placements(),
                    fixed,
                    d.credentials(),
                    catalog.expectedDuration(name).map(t -> t.toMillis() / 1000.0).orElse(null),
                    d.placements().contains("desktop")
                        ? vault.desktopAccounts(d.credentials())
                        : List.of()));
          }
        });
    return flows;
  }

  private Map<String, Map<String, Object>> allLive() {
    Map<String, Map<String, Object>> all = new java.util.LinkedHashMap<>();
    catalog.list().forEach(f -> all.put(f.name(), Map.of()));
    return all;
  }
}
