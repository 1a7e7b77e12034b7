package io.workforce.runtime.assistant.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.runtime.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetPreviewTest {

  @Test
  void showsTheHeaderTheFirstFiveRowsAndCountsEveryNonBlankRow() {
    SheetPreview p =
        SheetPreview.read(Path.of("..", "samples", "data", "subsidy-applications-dirty.xlsx"));
    assertThat(p.columns()).startsWith("序号", "申请人姓名");
    assertThat(p.rows()).hasSize(SheetPreview.SHOWN);
    assertThat(p.rows().get(0).get(0)).isEqualTo("1");
    assertThat(p.count()).isEqualTo(11);
  }

  @Test
  void readsCsvAndSkipsBlankRows(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("cases.csv"), "code,name\nA1,甲\n,\nA2,乙\n");
    SheetPreview p = SheetPreview.read(csv);
    assertThat(p.count()).isEqualTo(2);
    assertThat(p.rows()).extracting(r -> r.get(1)).containsExactly("甲", "乙");
  }

  @Test
  void anEmptyFileIsAClearError(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("empty.csv"), "");
    assertThatThrownBy(() -> SheetPreview.read(csv))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("empty.csv");
  }
}
