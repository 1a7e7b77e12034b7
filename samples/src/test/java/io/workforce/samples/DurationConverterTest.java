package io.workforce.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  @Test
  void readsDurationsAsPeopleTypeThem() {
    assertThat(DurationConverter.parse("200ms")).isEqualTo(Duration.ofMillis(200));
    assertThat(DurationConverter.parse("2s")).isEqualTo(Duration.ofSeconds(2));
    assertThat(DurationConverter.parse("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(DurationConverter.parse("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(DurationConverter.parse("0")).isEqualTo(Duration.ZERO);
    assertThat(DurationConverter.parse("PT90S")).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void namesTheBadValueAndShowsExamples() {
    assertThatThrownBy(() -> DurationConverter.parse("10x"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'10x'")
        .hasMessageContaining("200ms");
    assertThatThrownBy(() -> DurationConverter.parse("15")).hasMessageContaining("'15'");
  }
}
