package io.workforce.orchestrator.flow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/flows")
@Tag(name = "flows", description = "Publish flows, list versions, choose the live version")
class FlowController {

  private final FlowCatalog catalog;

  FlowController(FlowCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * @param source the flow file's text
   * @param sourceName its file name (for problem locations)
   * @param live make it the live version (default true)
   */
  record PublishRequest(@NotNull String source, String sourceName, Boolean live) {}

  /**
   * @param version the version to make live
   */
  record LiveRequest(int version) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Publish a flow version (validated; 422 lists every problem with file:line:col)")
  ResponseEntity<FlowVersionView> publish(Caller caller, @RequestBody PublishRequest request) {
    String name = request.sourceName() == null ? "flow.yaml" : request.sourceName();
    return published(
        catalog.publish(
            name, request.source(), request.live() == null || request.live(), caller.actor()));
  }

  @PostMapping(
      consumes = {
        "application/yaml",
        "application/x-yaml",
        "text/yaml",
        MediaType.TEXT_PLAIN_VALUE
      })
  @Operation(summary = "Publish a flow version from the raw YAML body")
  ResponseEntity<FlowVersionView> publishYaml(
      Caller caller,
      @RequestBody String source,
      @RequestParam(defaultValue = "flow.yaml") String sourceName,
      @RequestParam(defaultValue = "true") boolean live) {
    return published(catalog.publish(sourceName, source, live, caller.actor()));
  }

  @GetMapping
  @Operation(summary = "All flows with their live and latest versions")
  List<FlowView> list() {
    return catalog.list();
  }

  @GetMapping("/{name}")
  @Operation(summary = "One flow")
  FlowView get(@PathVariable String name) {
    return catalog.get(name);
  }

  @GetMapping("/{name}/versions")
  @Operation(summary = "A flow's versions, newest first")
  List<FlowVersionView> versions(@PathVariable String name) {
    return catalog.versions(name);
  }

  @GetMapping("/{name}/versions/{version}")
  @Operation(summary = "One version with its source")
  FlowVersionView version(@PathVariable String name, @PathVariable int version) {
    return catalog.version(name, version, true);
  }

  @PutMapping("/{name}/live")
  @Operation(summary = "Make a published version the live one")
  FlowVersionView setLive(@PathVariable String name, @RequestBody LiveRequest request) {
    return catalog.setLive(name, request.version());
  }

  private static ResponseEntity<FlowVersionView> published(FlowVersionView v) {
    return ResponseEntity.status(HttpStatus.CREATED).body(v);
  }
}
