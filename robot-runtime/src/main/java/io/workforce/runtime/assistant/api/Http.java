package io.workforce.runtime.assistant.api;

import io.workforce.protocol.Problem;
import io.workforce.protocol.json.ProtocolJson;
import io.workforce.runtime.assistant.Texts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/**
 * Sends requests, adds the bearer token or the CSRF header, and turns every failure into an {@link
 * ApiException}.
 */
final class Http {

  private final HttpClient client;
  private final URI base;
  private final Duration timeout;
  private final Supplier<String> authorization;
  private final Supplier<String> csrf;

  Http(
      HttpClient client,
      URI base,
      Duration timeout,
      Supplier<String> authorization,
      Supplier<String> csrf) {
    this.client = client;
    this.base = base;
    this.timeout = timeout;
    this.authorization = authorization;
    this.csrf = csrf;
  }

  <T> T json(String method, String path, Object body, Class<T> type) {
    return ProtocolJson.mapper()
        .readValue(send(method, path, bytes(body), "application/json"), type);
  }

  <T> T json(String method, String path, Object body, TypeReference<T> type) {
    return ProtocolJson.mapper()
        .readValue(send(method, path, bytes(body), "application/json"), type);
  }

  /** The answer's body for a 2xx status. */
  byte[] send(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout.multipliedBy(6))
            .header("Accept", "application/json")
            .header("Accept-Language", Texts.languageTag())
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      b.header("Content-Type", contentType);
    }
    String auth = authorization.get();
    if (auth != null) {
      b.header("Authorization", auth);
    }
    String token = csrf.get();
    if (auth == null && token != null && !method.equals("GET")) {
      b.header("X-XSRF-TOKEN", token);
    }
    HttpResponse<byte[]> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new ApiException(
          ApiException.Kind.UNREACHABLE, 0, Texts.get("api.unreachable", base), List.of());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(
          ApiException.Kind.UNREACHABLE, 0, Texts.get("api.interrupted"), List.of());
    }
    if (r.statusCode() / 100 == 2) {
      return r.body().length == 0 ? "null".getBytes(StandardCharsets.UTF_8) : r.body();
    }
    throw failure(r);
  }

  private ApiException failure(HttpResponse<byte[]> r) {
    Problem problem = null;
    try {
      problem = ProtocolJson.mapper().readValue(r.body(), Problem.class);
    } catch (JacksonException notAProblem) {
      // a proxy's HTML page or similar: the status says enough
    }
    String detail =
        problem != null && problem.detail() != null
            ? problem.detail()
            : Texts.get("api.status", r.statusCode());
    ApiException.Kind kind =
        r.statusCode() == 401 ? ApiException.Kind.UNAUTHORIZED : ApiException.Kind.REFUSED;
    return new ApiException(
        kind, r.statusCode(), detail, problem == null ? List.of() : problem.errors());
  }

  private static byte[] bytes(Object body) {
    return body == null ? null : ProtocolJson.mapper().writeValueAsBytes(body);
  }
}
