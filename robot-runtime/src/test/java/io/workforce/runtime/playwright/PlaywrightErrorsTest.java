package io.workforce.runtime.playwright;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.PlaywrightException;
import io.workforce.runtime.PageState;
import io.workforce.runtime.RpaException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlaywrightErrorsTest {

  @Test
  void keepsTheMessageOfAnErrorBlockInsteadOfItsOpeningBrace() {
    PlaywrightException e =
        new PlaywrightException(
            """
        Error {
          message='Navigation to "http://127.0.0.1:1/form" is interrupted by another navigation to "http://127.0.0.1:1/done"'
          name='Error'
          stack='Error: Navigation ... at Page.goto'
        }""");
    RpaException ours =
        PlaywrightErrors.translate(
            e, "http://127.0.0.1:1/form", "", Duration.ofSeconds(1), () -> (PageState) null);
    assertThat(ours.getMessage())
        .contains("is interrupted by another navigation")
        .doesNotContain("Error {")
        .doesNotContain("stack=");
  }
}
