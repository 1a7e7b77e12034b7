package io.workforce.samples;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that keeps cookies like a browser and does NOT follow redirects, so that
 * tests see each 302 the systems send. Bodies are decoded with the charset the response declares.
 */
public final class HttpSession {

  /** A response: status, Location header, raw bytes, the declared charset and the decoded text. */
  public record Page(int status, String location, String contentType, byte[] bytes, String text) {

    /** The value of a hidden/input field {@code name="x" value="..."} in the page. */
    public String inputValue(String name) {
      Matcher m =
          Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
              .matcher(text);
      if (!m.find()) {
        throw new AssertionError("no input named " + name + " in page:\n" + text);
      }
      return m.group(1);
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  public Page get(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /**
   * POSTs a urlencoded form, encoded in {@code charset} as a browser encodes it for a page in that
   * charset.
   */
  public Page post(String url, Map<String, String> form, Charset charset) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), charset)
                        + "="
                        + URLEncoder.encode(e.getValue(), charset))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1)));
  }

  public Page post(String url, Map<String, String> form) {
    return post(url, form, StandardCharsets.UTF_8);
  }

  /** Form fields in order, for readable tests: {@code form("a", "1", "b", "2")}. */
  public static Map<String, String> form(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> r =
          client.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      String type = r.headers().firstValue("Content-Type").orElse("");
      Charset charset =
          type.contains("charset=")
              ? Charset.forName(type.substring(type.indexOf("charset=") + 8))
              : StandardCharsets.UTF_8;
      return new Page(
          r.statusCode(),
          r.headers().firstValue("Location").orElse(null),
          type,
          r.body(),
          new String(r.body(), charset));
    } catch (IOException e) {
      throw new AssertionError("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
