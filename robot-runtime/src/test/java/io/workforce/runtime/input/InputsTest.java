package io.workforce.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.flows.FlowInput;
import io.workforce.flows.FormField;
import io.workforce.flows.SourceLocation;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  static final SourceLocation AT = new SourceLocation("f.yaml", 1, 1);

  @TempDir Path dir;

  @Test
  void oneItemPerCsvRowInUtf8WithBomOrGbk() throws Exception {
    Path utf8 = dir.resolve("a.csv");
    Files.write(utf8, ("\uFEFF姓名,金额\n张三,100\n\n李四,200\n").getBytes("UTF-8"));
    Path gbk = dir.resolve("b.csv");
    Files.write(gbk, "姓名,金额\n王五,300\n".getBytes(Charset.forName("GBK")));
    ListSource a = Inputs.fromFile(utf8, new FlowInput.None(AT), Map.of("batch", "7"));
    assertThat(a.items())
        .extracting(WorkItem::data)
        .containsExactly(
            Map.of("姓名", "张三", "金额", "100", "batch", "7"),
            Map.of("姓名", "李四", "金额", "200", "batch", "7"));
    assertThat(a.items().get(1).reference()).isEqualTo("a.csv:4");
    assertThat(Inputs.fromFile(gbk, new FlowInput.None(AT), Map.of()).items().get(0).data())
        .containsEntry("姓名", "王五");
  }

  @Test
  void aMissingDeclaredColumnIsNamedWithTheColumnsThereAre() throws Exception {
    Path csv = dir.resolve("c.csv");
    Files.writeString(csv, "name,code\nx,1\n");
    FlowInput.File spec =
        new FlowInput.File(
            FlowInput.FileFormat.CSV, null, 1, List.of("name", "amount"), List.of(), List.of(), AT);
    assertThatThrownBy(() -> Inputs.fromFile(csv, spec, Map.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("c.csv")
        .hasMessageContaining("amount")
        .hasMessageContaining("name, code");
    assertThatThrownBy(() -> Inputs.fromFile(dir.resolve("none.xlsx"), spec, Map.of()))
        .hasMessageContaining("none.xlsx");
  }

  @Test
  void formFieldsAreCheckedAndTyped() {
    FlowInput.Form form =
        new FlowInput.Form(
            List.of(
                new FormField(
                    "code",
                    "代码",
                    FormField.Type.TEXT,
                    true,
                    List.of(),
                    "[0-9A-Z]{4}",
                    null,
                    null,
                    AT),
                new FormField(
                    "amount",
                    "金额",
                    FormField.Type.NUMBER,
                    false,
                    List.of(),
                    null,
                    BigDecimal.ZERO,
                    BigDecimal.valueOf(1000),
                    AT),
                new FormField(
                    "district",
                    "区",
                    FormField.Type.CHOICE,
                    false,
                    List.of("黄浦区", "徐汇区"),
                    null,
                    null,
                    null,
                    AT)),
            AT);
    WorkItem item =
        Inputs.fromFields(Map.of("code", "AB12", "amount", "1,000", "district", "徐汇区"), form)
            .items()
            .get(0);
    assertThat(item.data()).containsEntry("amount", new BigDecimal("1000"));
    assertThatThrownBy(() -> Inputs.fromFields(Map.of(), form)).hasMessageContaining("code");
    assertThatThrownBy(() -> Inputs.fromFields(Map.of("code", "ab"), form))
        .hasMessageContaining("[0-9A-Z]{4}");
    assertThatThrownBy(() -> Inputs.fromFields(Map.of("code", "AB12", "amount", "2000"), form))
        .hasMessageContaining("2000");
    assertThatThrownBy(() -> Inputs.fromFields(Map.of("code", "AB12", "district", "静安区"), form))
        .hasMessageContaining("静安区");
    assertThatThrownBy(() -> Inputs.parseSets(List.of("novalue"))).hasMessageContaining("novalue");
  }

  @Test
  void fieldsGivenAtStartAreCheckedTypedAndAddedToEveryRowOfAFileWithDeclaredColumns()
      throws Exception {
    Path csv = dir.resolve("rows.csv");
    Files.writeString(csv, "n\n1\n2\n");
    FlowInput.File spec =
        new FlowInput.File(
            FlowInput.FileFormat.CSV,
            null,
            1,
            List.of("n"),
            List.of(
                new FormField(
                    "batch", "批次", FormField.Type.NUMBER, true, List.of(), null, null, null, AT)),
            List.of(),
            AT);
    ListSource rows = Inputs.fromFile(csv, spec, Map.of("batch", "7"));
    assertThat(rows.items())
        .extracting(WorkItem::data)
        .containsExactly(
            Map.of("n", "1", "batch", new BigDecimal("7")),
            Map.of("n", "2", "batch", new BigDecimal("7")));
    assertThatThrownBy(() -> Inputs.fromFile(csv, spec, Map.of("batch", "7", "bacth", "8")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--set bacth")
        .hasMessageContaining("batch");
    assertThatThrownBy(() -> Inputs.fromFile(csv, spec, Map.of()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("batch")
        .hasMessageContaining("批次");
  }

  @Test
  void aFlowWithoutInputIsDescribedAsOneRunNotAsEmptyFields() {
    ListSource once = Inputs.fromFields(Map.of(), new FlowInput.None(AT));
    assertThat(once.describe()).isEqualTo(io.workforce.runtime.Messages.get("input.none"));
    assertThat(once.describe()).doesNotContain("--set").doesNotContain("(0)");
    assertThat(Inputs.fromFields(Map.of("note", "x"), new FlowInput.None(AT)).describe())
        .contains("note");
  }
}
