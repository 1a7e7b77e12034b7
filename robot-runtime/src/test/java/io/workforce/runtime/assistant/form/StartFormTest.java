package io.workforce.runtime.assistant.form;

import static io.workforce.runtime.assistant.Flows.choice;
import static io.workforce.runtime.assistant.Flows.field;
import static io.workforce.runtime.assistant.Flows.number;
import static io.workforce.runtime.assistant.Flows.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.runtime.assistant.Flows;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartFormTest {

  @Test
  void generatesOneFieldPerDeclaredInputLeavingOutWhatTheShareFixes() {
    StartForm form =
        StartForm.of(
            Flows.form(
                "apply",
                Map.of("district", "黄浦区"),
                choice("district", "黄浦区", "徐汇区"),
                number("amount", "0", "100"),
                field("day", "date", false),
                field("doc", "file", false)));
    assertThat(form.fields()).extracting(FieldSpec::name).containsExactly("amount", "day", "doc");
    assertThat(form.fields())
        .extracting(FieldSpec::type)
        .containsExactly(FieldSpec.Type.NUMBER, FieldSpec.Type.DATE, FieldSpec.Type.FILE);
    assertThat(form.fixed()).containsEntry("district", "黄浦区");
  }

  @Test
  void aFlowReadingASpreadsheetAsksForOneFileOfItsFormat() {
    StartForm form = StartForm.of(Flows.spreadsheet("sheet", "CSV", List.of("robot"), List.of()));
    assertThat(form.fields())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo(StartForm.SPREADSHEET);
              assertThat(f.type()).isEqualTo(FieldSpec.Type.SPREADSHEET);
              assertThat(f.format()).isEqualTo("csv");
              assertThat(f.required()).isTrue();
            });
  }

  @Test
  void reportsEveryProblemAtOnceNamingTheFieldAndTheValue() {
    StartForm form =
        StartForm.of(
            Flows.form(
                "f",
                Map.of(),
                text("code", "[A-Z]{2}\\d{4}"),
                number("amount", "1", "10"),
                field("day", "date", true),
                choice("kind", "新办", "变更"),
                field("note", "text", false)));
    List<FieldError> errors =
        form.validate(Map.of("code", "ab12", "amount", "11", "day", "2026-13-01", "kind", "注销"));
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("code", "amount", "day", "kind");
    assertThat(errors.get(0).message()).contains("ab12").contains("[A-Z]{2}\\d{4}");
    assertThat(errors.get(1).message()).contains("11").contains("1").contains("10");
    assertThat(errors.get(2).message()).contains("2026-13-01").contains("yyyy-MM-dd");
    assertThat(errors.get(3).message()).contains("注销").contains("新办, 变更");
  }

  @Test
  void aNumberThatIsNotANumberAndAMissingRequiredValueAreProblems() {
    StartForm form =
        StartForm.of(
            Flows.form("f", Map.of(), number("amount", null, null), field("name", "text", true)));
    List<FieldError> errors = form.validate(Map.of("amount", "十二", "name", "  "));
    assertThat(errors).extracting(FieldError::field).containsExactly("amount", "name");
    assertThat(errors.get(0).message()).contains("十二");
    assertThat(errors.get(1).message()).contains("name标签");
  }

  @Test
  void validValuesBecomeTypedInputsWithTheFixedOnes() {
    StartForm form =
        StartForm.of(
            Flows.form(
                "f",
                Map.of("district", "黄浦区"),
                number("amount", "0", "100"),
                field("day", "date", true),
                field("note", "text", false)));
    Map<String, String> values = Map.of("amount", "12.50", "day", "2026-11-25", "note", "");
    assertThat(form.validate(values)).isEmpty();
    assertThat(form.inputs(values))
        .containsExactly(
            Map.entry("district", "黄浦区"),
            Map.entry("amount", new BigDecimal("12.50")),
            Map.entry("day", "2026-11-25"));
  }

  @Test
  void inputsRefusesValuesThatDoNotValidate() {
    StartForm form = StartForm.of(Flows.form("f", Map.of(), number("amount", "0", "1")));
    assertThatThrownBy(() -> form.inputs(Map.of("amount", "5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5");
  }

  @Test
  void aSpreadsheetMustExistAndHaveTheFlowsFormat(@TempDir Path dir) throws Exception {
    StartForm form = StartForm.of(Flows.spreadsheet("sheet", "xlsx", List.of("robot"), List.of()));
    Path csv = Files.writeString(dir.resolve("cases.csv"), "a,b\n1,2\n");
    assertThat(
            form.validate(Map.of("file", dir.resolve("missing.xlsx").toString())).get(0).message())
        .contains("missing.xlsx");
    assertThat(form.validate(Map.of("file", csv.toString())).get(0).message())
        .contains("cases.csv")
        .contains("xlsx");
    assertThat(form.validate(Map.of())).extracting(FieldError::field).containsExactly("file");
  }
}
