package io.workforce.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowValidationException;
import io.workforce.flows.Placement;
import io.workforce.samples.data.Sheets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The sample flows are valid under the flow language, with the systems, inputs and outputs the
 * README describes.
 */
class SampleFlowsTest {

  private static final FlowParser PARSER = FlowParser.create().withLocale(Locale.ENGLISH);

  static Flow parse(String name) {
    try {
      return PARSER.parse(Path.of("flows", name + ".yaml"));
    } catch (FlowValidationException e) {
      throw new AssertionError(
          name + ":\n" + String.join("\n", e.problems().stream().map(Object::toString).toList()),
          e);
    }
  }

  @Test
  void syncRegistrationsIsAQueueDrivenRobotFlowFromRegistryToIntake() {
    Flow flow = parse("sync-registrations");
    assertThat(flow.name()).isEqualTo("sync-registrations");
    assertThat(flow.systems()).containsOnlyKeys("registry", "intake");
    assertThat(flow.credentialNames()).containsExactlyInAnyOrder("registry-clerk", "intake-clerk");
    assertThat(flow.input())
        .isEqualTo(new FlowInput.Queue("new-registrations", flow.input().location()));
    assertThat(flow.systems().get("registry").maxSessions()).isEqualTo(2);
  }

  @Test
  void enterFromSpreadsheetIsAnAttendedFlowOverTheSpreadsheetColumns() {
    Flow flow = parse("enter-from-spreadsheet");
    assertThat(flow.systems()).containsOnlyKeys("intake");
    assertThat(flow.placements()).contains(Placement.DESKTOP);
    FlowInput.File file = (FlowInput.File) flow.input();
    assertThat(file.format()).isEqualTo(FlowInput.FileFormat.XLSX);
    assertThat(file.columns()).containsExactlyElementsOf(Sheets.HEADERS);
  }

  @Test
  void verifyApplicationsReadsIntakeAndHealthAndWritesAReport() {
    Flow flow = parse("verify-applications");
    assertThat(flow.systems()).containsOnlyKeys("intake", "health");
    assertThat(flow.credentialNames()).containsExactlyInAnyOrder("intake-clerk", "health-clerk");
    assertThat(flow.steps().toString()).contains("write_sheet", "discrepancies.xlsx");
  }

  @Test
  void filePortalApplicationsFilesTheIntakeListOnThePortal() {
    Flow flow = parse("file-portal-applications");
    assertThat(flow.systems()).containsOnlyKeys("portal");
    assertThat(flow.credentialNames()).containsExactly("portal-clerk");
    FlowInput.File file = (FlowInput.File) flow.input();
    assertThat(file.format()).isEqualTo(FlowInput.FileFormat.CSV);
    assertThat(file.columns())
        .containsExactlyElementsOf(io.workforce.samples.portal.PortalFiles.COLUMNS);
  }
}
