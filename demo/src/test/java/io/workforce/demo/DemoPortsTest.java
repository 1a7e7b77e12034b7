package io.workforce.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class DemoPortsTest {

  @Test
  void oneFirstPortMeansFourPortsInARow() {
    assertThat(DemoPorts.parse("28080")).isEqualTo(new DemoPorts(28080, 28081, 28082, 28083));
  }

  @Test
  void fourPortsAreTakenInOrderOrchestratorRegistryIntakeHealth() {
    assertThat(DemoPorts.parse("9000, 9101,9202,9303"))
        .isEqualTo(new DemoPorts(9000, 9101, 9202, 9303));
  }

  @Test
  void aBadValueIsNamedWithTheFormsThatWork() {
    assertThatThrownBy(() -> DemoPorts.parse("18080,abc"))
        .isInstanceOf(DemoPorts.PortException.class)
        .hasMessageContaining("'18080,abc'")
        .hasMessageContaining("--ports 28080");
    assertThatThrownBy(() -> DemoPorts.parse("70000")).isInstanceOf(DemoPorts.PortException.class);
  }

  @Test
  void zeroPicksDifferentFreePorts() {
    DemoPorts p = DemoPorts.parse("0").resolve();
    assertThat(java.util.Set.of(p.orchestrator(), p.registry(), p.intake(), p.health()))
        .hasSize(4)
        .allMatch(port -> port > 0);
  }

  @Test
  void aBusyPortIsNamedWithWhatItWasForAndHowToChooseOthers() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(0));
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> new DemoPorts(0, port, 0, 0).resolve())
          .isInstanceOf(DemoPorts.PortException.class)
          .hasMessageContaining(String.valueOf(port))
          .hasMessageContaining("--ports 28080")
          .hasMessageContaining(Text.say("企业登记系统", "registry"));
    }
  }
}
