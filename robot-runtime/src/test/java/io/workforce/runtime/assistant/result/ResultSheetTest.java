package io.workforce.runtime.assistant.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.assistant.run.RunResult;
import io.workforce.runtime.input.Tables;
import io.workforce.runtime.journal.ItemStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultSheetTest {

  @Test
  void writesEachItemWithOutcomeReasonAndEveryOutput(@TempDir Path dir) {
    RunResult result =
        new RunResult(
            RunResult.Outcome.SUCCEEDED,
            null,
            Map.of("total", 2),
            List.of(
                new RunResult.Row(
                    "第 2 行: 1", ItemStatus.SUCCEEDED, null, Map.of("receipt", "SL001")),
                new RunResult.Row(
                    "第 3 行: 2", ItemStatus.BUSINESS_FAILED, "出生日期与儿童身份证号不符", Map.of()),
                new RunResult.Row(
                    "第 4 行: 3", ItemStatus.UNCHANGED, "重复：已受理，未录入", Map.of("receipt", "SL000"))),
            null,
            "robot");
    Path file = dir.resolve("result.xlsx");
    ResultSheet.write(result, file);
    List<List<String>> rows = Tables.xlsx(file, null);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0)).containsExactly("行", "结果", "原因", "receipt");
    assertThat(rows.get(1)).containsExactly("第 2 行: 1", "成功", "", "SL001");
    assertThat(rows.get(2)).startsWith("第 3 行: 2", "业务错误", "出生日期与儿童身份证号不符");
    assertThat(rows.get(3)).containsExactly("第 4 行: 3", "无需处理", "重复：已受理，未录入", "SL000");
    assertThat(result.succeeded()).isEqualTo(2);
    assertThat(result.failedRows()).hasSize(1);
    assertThat(ResultPanel.headline(result)).isEqualTo("完成: 成功 2 项，失败 1 项");
  }
}
