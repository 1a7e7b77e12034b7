package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowEnvironmentTest {

  private final Map<String, String> robot =
      Map.of(
          "REGISTRY_URL", "http://registry",
          "HOME", "/root",
          "WORKFORCE_ENROL_KEY", "enrol-secret",
          "WORKFORCE_SOMETHING_NEW", "x");

  @Test
  void givesAFlowOnlyTheVariablesItNames() {
    assertThat(FlowEnvironment.of(List.of("REGISTRY_URL", "MISSING"), robot))
        .containsExactly(Map.entry("REGISTRY_URL", "http://registry"));
  }

  @Test
  void neverGivesTheRobotsOwnSettingsEvenWhenNamed() {
    assertThat(FlowEnvironment.of(List.of("WORKFORCE_ENROL_KEY", "WORKFORCE_SOMETHING_NEW"), robot))
        .isEmpty();
  }

  @Test
  void theOrchestratorsSettingsWinOverTheMachinesEnvironmentAndFillWhatItLacks() {
    Map<String, String> env =
        FlowEnvironment.withSettings(
            robot,
            Map.of(
                "REGISTRY_URL", "http://registry.central",
                "INTAKE_URL", "http://intake.central",
                "WORKFORCE_ENROL_KEY", "from-a-setting"));
    assertThat(
            FlowEnvironment.of(List.of("REGISTRY_URL", "INTAKE_URL", "WORKFORCE_ENROL_KEY"), env))
        .containsExactly(
            Map.entry("INTAKE_URL", "http://intake.central"),
            Map.entry("REGISTRY_URL", "http://registry.central"));
    assertThat(env.get("WORKFORCE_ENROL_KEY")).isEqualTo("enrol-secret");
    assertThat(FlowEnvironment.withSettings(robot, Map.of())).isSameAs(robot);
  }
}
