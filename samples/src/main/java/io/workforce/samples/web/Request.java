package io.workforce.samples.web;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as a sample system's page handler sees it: query and form parameters already
 * decoded in the system's charset (GBK for the registry, as browsers encode forms in the page's
 * charset).
 *
 * @param method GET, POST, ...
 * @param path the path without the query, e.g. {@code /qydj/search.do}
 * @param query query parameters
 * @param form form parameters of a urlencoded POST body (empty otherwise)
 * @param cookies cookies by name
 * @param headers request headers by lower-case name (first value)
 * @param charset the charset parameters were decoded with
 */
public record Request(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> form,
    Map<String, String> cookies,
    Map<String, String> headers,
    Charset charset) {

  public boolean isPost() {
    return "POST".equals(method);
  }

  /** The first value of a form or (else) query parameter, or null. */
  public String param(String name) {
    List<String> values = form.get(name);
    if (values == null || values.isEmpty()) {
      values = query.get(name);
    }
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The parameter trimmed, or {@code ""} when absent. */
  public String text(String name) {
    String value = param(name);
    return value == null ? "" : value.trim();
  }

  /** The parameter as an int, or {@code fallback} when absent or not a number. */
  public int intParam(String name, int fallback) {
    try {
      return Integer.parseInt(text(name));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }
}
