package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.flows.step.ReadTable;
import io.workforce.flows.step.ValueType;
import io.workforce.runtime.SystemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableColumnsTest {

  private static ReadTable step(List<ReadTable.Column> columns) {
    return new ReadTable(
        "steps[0].read_table",
        null,
        null,
        null,
        "rows",
        columns,
        new ReadTable.SinglePage(),
        0,
        null,
        ReadTable.HEADER_AUTO,
        List.of(),
        ReadTable.Duplicates.FAIL,
        null,
        null);
  }

  @Test
  void emptyHeadersAreNumberedAndRepeatedOnesSuffixed() {
    assertThat(TableColumns.unique(List.of("金额", "", "金额", "金额")))
        .containsExactly("金额", "col2", "金额_2", "金额_3");
  }

  @Test
  void aColumnIsFoundByItsWholeKeyOrItsLowestHeaderCell() {
    TableColumns c = new TableColumns(step(List.of()), List.of("区县", "性别/男", "性别/女"));
    assertThat(c.indexOf("性别/女")).isEqualTo(2);
    assertThat(c.indexOf("男")).isEqualTo(1);
    assertThat(c.indexOf("性别")).isEqualTo(-1);
  }

  @Test
  void aLowestHeaderCellUnderTwoGroupsIsAmbiguous() {
    TableColumns c = new TableColumns(step(List.of()), List.of("出生/男", "迁入/男"));
    assertThat(c.indexOf("男")).isEqualTo(-1);
  }

  @Test
  void chosenColumnsAreConvertedAndAMissingOneIsNamed() {
    ReadTable.Column count = new ReadTable.Column("male", "男", 0, ValueType.INTEGER, null, null);
    TableColumns c = new TableColumns(step(List.of(count)), List.of("区县", "性别/男"));
    assertThat(c.record(List.of("西湖区", "3"))).containsEntry("male", 3L);
    assertThat(c.column("male")).isEqualTo(1);
    assertThatThrownBy(() -> c.column("年龄"))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("区县, 性别/男");
  }
}
