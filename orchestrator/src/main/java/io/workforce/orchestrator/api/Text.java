package io.workforce.orchestrator.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A user-facing message in Chinese (the default) and English. The API answers in the language of
 * the request's {@code Accept-Language}; logs use English.
 */
public record Text(String zh, String en) {

  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  /**
   * The message for a request: English when its {@code Accept-Language} prefers English, Chinese
   * otherwise (also without the header: the servlet's fall-back would be the server's own locale).
   */
  public String in(HttpServletRequest request) {
    return in(
        request.getHeader("Accept-Language") == null
            ? Locale.SIMPLIFIED_CHINESE
            : request.getLocale());
  }

  /** The message for a locale: English for {@code en*}, Chinese otherwise. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }

  @Override
  public String toString() {
    return en;
  }
}
