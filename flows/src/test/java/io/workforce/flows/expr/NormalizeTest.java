package io.workforce.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,234.50|1234.50",
        "１２３|123",
        "¥1,000|1000",
        "50万|500000",
        "1.2亿|120000000.0",
        "(12.5)|-12.5",
        " 7 元|7",
        "RMB 3|3"
      })
  void readsNumbersAsPeopleWriteThem(String text, String value) {
    assertThat(Normalize.number(text)).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void refusesTextThatIsNoNumberNamingIt() {
    assertThatThrownBy(() -> Normalize.number("十二"))
        .isInstanceOf(NumberFormatException.class)
        .hasMessage("not a number: \"十二\"");
  }

  @Test
  void readsDatesWithTheFirstFittingFormat() {
    List<String> formats = List.of("yyyy-MM-dd", "yyyy年M月d日", "yyyy/M/d");
    assertThat(Normalize.date("2024年5月1日", formats)).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(Normalize.date("２０２４/5/1", formats)).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThatThrownBy(() -> Normalize.date("2024-02-30", formats))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessageContaining("2024-02-30");
  }

  @Test
  void turnsFullWidthFormsIntoHalfWidthAndTrimsIdeographicSpaces() {
    assertThat(Normalize.halfWidth("ＡＢＣ１２３，（有限）")).isEqualTo("ABC123,(有限)");
    assertThat(Normalize.trim("\u3000上海  某某\u00A0公司 ")).isEqualTo("上海 某某 公司");
  }
}
