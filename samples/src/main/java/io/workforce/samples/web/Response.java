package io.workforce.samples.web;

import io.workforce.samples.data.Json;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response to write: status, content type, body bytes, extra headers and cookies.
 *
 * @param status HTTP status
 * @param contentType the Content-Type header (null for none)
 * @param body the bytes to send (empty for none)
 * @param headers extra headers
 * @param cookies Set-Cookie header values
 */
public record Response(
    int status,
    String contentType,
    byte[] body,
    Map<String, String> headers,
    List<String> cookies) {

  /**
   * An HTML page encoded in {@code charset} (the header names the charset, as a 2008 server would).
   */
  public static Response html(String html, Charset charset) {
    return new Response(
        200, "text/html; charset=" + charset.name(), html.getBytes(charset), Map.of(), List.of());
  }

  public static Response html(int status, String html, Charset charset) {
    return new Response(
        status,
        "text/html; charset=" + charset.name(),
        html.getBytes(charset),
        Map.of(),
        List.of());
  }

  /** A 302 redirect to {@code location} (absolute path). */
  public static Response redirect(String location) {
    return new Response(302, null, new byte[0], Map.of("Location", location), List.of());
  }

  /** A value as JSON (UTF-8). */
  public static Response json(Object value) {
    return new Response(
        200,
        "application/json; charset=UTF-8",
        Json.MAPPER.writeValueAsBytes(value),
        Map.of(),
        List.of());
  }

  public static Response png(byte[] png) {
    return new Response(200, "image/png", png, Map.of("Cache-Control", "no-store"), List.of());
  }

  public static Response text(int status, String text) {
    return new Response(
        status,
        "text/plain; charset=UTF-8",
        text.getBytes(StandardCharsets.UTF_8),
        Map.of(),
        List.of());
  }

  public static Response notFound() {
    return text(404, "404 Not Found");
  }

  /** A copy with one more Set-Cookie header. */
  public Response withCookie(String setCookie) {
    List<String> all = new ArrayList<>(cookies);
    all.add(setCookie);
    return new Response(status, contentType, body, headers, all);
  }

  /** A copy with one more header. */
  public Response withHeader(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(name, value);
    return new Response(status, contentType, body, all, cookies);
  }
}
