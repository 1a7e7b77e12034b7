package io.workforce.runtime.assistant.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.assistant.Flows;
import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.Dtos.DesktopAccount;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.awt.Component;
import java.awt.Container;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/**
 * Before an attended run, the start form tells the clerk which shared accounts the run puts on
 * their machine, and who allowed that and when (issue 22: "shown to the clerk as such").
 */
class StartPanelSharedAccountsTest {

  static final Instant MARKED = Instant.parse("2026-12-08T02:15:00Z");

  @Test
  void aDesktopFlowNamesTheSharedAccountsItUsesWithWhoAllowedThemAndWhen() {
    StartPanel panel = new StartPanel(flow(List.of("desktop")), List.of(), (f, i, h, x) -> {});
    JLabel notice = label(panel, "form.sharedDesktop").orElseThrow();
    String when =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault())
            .format(MARKED);
    assertThat(notice.getText())
        .contains("registry-robot", "admin", when, Texts.english() ? "shared account" : "共享账号");
  }

  @Test
  void aFlowThatRunsOnlyOnRobotsSaysNothingAboutDesktops() {
    StartPanel panel = new StartPanel(flow(List.of("robot")), List.of(), (f, i, h, x) -> {});
    assertThat(label(panel, "form.sharedDesktop")).isEmpty();
  }

  private static StartableFlow flow(List<String> placements) {
    StartableFlow base = Flows.spreadsheet("copy", "xlsx", placements, List.of());
    return new StartableFlow(
        base.name(),
        base.description(),
        base.liveVersion(),
        base.manualMinutesPerItem(),
        base.input(),
        base.placements(),
        base.fixedInputs(),
        base.credentials(),
        base.robotSecondsPerRun(),
        List.of(new DesktopAccount("registry-robot", "admin", MARKED)));
  }

  private static Optional<JLabel> label(Container in, String name) {
    for (Component c : in.getComponents()) {
      if (c instanceof JLabel l && name.equals(l.getName())) {
        return Optional.of(l);
      }
      if (c instanceof Container inner) {
        Optional<JLabel> found = label(inner, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
