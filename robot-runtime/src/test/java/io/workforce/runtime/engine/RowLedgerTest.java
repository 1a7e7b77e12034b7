package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.runtime.SystemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowLedgerTest {

  private static TablePage page(String... rows) {
    return new TablePage(
        List.of("编号", "姓名"),
        java.util.Arrays.stream(rows).map(r -> List.of(r.split(","))).toList(),
        0,
        rows.length);
  }

  @Test
  void aNewPageGivesAllItsRows() {
    RowLedger ledger = new RowLedger(List.of(), false);
    TablePage one = page("1,张三", "2,李四");
    assertThat(ledger.first(one)).hasSize(2);
    assertThat(ledger.next(one, page("3,王五", "4,赵六")))
        .containsExactly(List.of("3", "王五"), List.of("4", "赵六"));
    assertThat(ledger.pages()).isEqualTo(2);
  }

  @Test
  void aTableThatKeptItsRowsAndAddedSomeGivesOnlyTheAddedOnes() {
    RowLedger ledger = new RowLedger(List.of(), false);
    TablePage one = page("1,张三", "2,李四");
    ledger.first(one);
    assertThat(ledger.next(one, page("1,张三", "2,李四", "3,王五"))).containsExactly(List.of("3", "王五"));
  }

  @Test
  void equalRowsOnOnePageAreTwoRecords() {
    RowLedger ledger = new RowLedger(List.of(), false);
    TablePage one = page("1,张三");
    ledger.first(one);
    assertThat(ledger.next(one, page("2,李四", "2,李四"))).hasSize(2);
  }

  @Test
  void aRecordOfAnEarlierPageFailsNamingItAndBothPages() {
    RowLedger ledger = new RowLedger(List.of(), false);
    TablePage one = page("1,张三", "2,李四");
    ledger.first(one);
    TablePage two = page("3,王五", "4,赵六");
    ledger.next(one, two);
    assertThatThrownBy(() -> ledger.next(two, page("2,李四", "5,钱七")))
        .isInstanceOf(SystemException.class)
        .hasMessageContaining("2 | 李四")
        .hasMessageContaining("duplicates: keep");
  }

  @Test
  void keyColumnsDecideWhatIsTheSameRecord() {
    RowLedger byName = new RowLedger(List.of(1), false);
    TablePage one = page("1,张三");
    byName.first(one);
    assertThatThrownBy(() -> byName.next(one, page("9,张三"))).isInstanceOf(SystemException.class);
    RowLedger byNumber = new RowLedger(List.of(0), false);
    byNumber.first(one);
    assertThat(byNumber.next(one, page("9,张三"))).hasSize(1);
  }

  @Test
  void keepAcceptsRecordsReadBefore() {
    RowLedger ledger = new RowLedger(List.of(), true);
    TablePage one = page("1,张三");
    ledger.first(one);
    assertThat(ledger.next(one, page("1,张三", "2,李四"))).containsExactly(List.of("2", "李四"));
    TablePage other = page("1,张三");
    assertThat(ledger.next(page("0,x"), other)).hasSize(1);
  }
}
