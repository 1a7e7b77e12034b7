package io.workforce.orchestrator.setting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "settings",
    description =
        "Non-secret settings such as the systems' addresses, read by flows as ${env.NAME}; audited")
class SettingsController {

  private final Settings settings;

  SettingsController(Settings settings) {
    this.settings = settings;
  }

  @GetMapping("/settings")
  @Operation(summary = "Every setting's values (the default and those per robot label)")
  List<SettingView> list() {
    return settings.list();
  }

  @PutMapping("/settings/{name}")
  @Operation(
      summary =
          "Set a setting's value for every robot and the assistant, or for robots with one label;"
              + " audited with the old and the new value")
  SettingView set(@PathVariable String name, @Valid @RequestBody SettingValue value) {
    return settings.set(name, value);
  }

  @DeleteMapping("/settings/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a setting's value (the default, or one robot label's); audited")
  void delete(
      @PathVariable String name,
      @RequestParam(name = "robotLabel", required = false) String label) {
    settings.delete(name, label);
  }
}
