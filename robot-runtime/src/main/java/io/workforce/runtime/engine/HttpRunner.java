package io.workforce.runtime.engine;

import io.workforce.flows.step.Http;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.SystemException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** {@code http}: a JSON request to a system that has an API. */
final class HttpRunner {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpRunner() {}

  static void http(Http step, ItemContext ctx) {
    String path = ctx.text(step.url());
    String url =
        step.system() == null
            ? path
            : PageRunners.join(ctx.text(ctx.run.systems.get(step.system()).url()), path);
    Object body =
        step.body() == null ? null : ctx.run.expressions.evaluateTree(step.body(), ctx.scope);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(PageRunners.timeout(ctx, step.timeout()))
            .header("Accept", "application/json");
    step.headers().forEach((k, v) -> request.header(k, ctx.text(v)));
    if (body != null) {
      request.header("Content-Type", "application/json; charset=utf-8");
    }
    request.method(
        step.method(),
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(
                JSON.writeValueAsString(body), StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response =
          ctx.run
              .http()
              .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SystemException(
          Messages.get(
              "run.http", step.method(), url, e.getClass().getSimpleName() + " " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StopRequested();
    }
    int status = response.statusCode();
    boolean expected =
        step.expectStatus().isEmpty()
            ? status >= 200 && status < 300
            : step.expectStatus().contains(status);
    if (!expected) {
      String text =
          response.body().length() > 200
              ? response.body().substring(0, 200) + "…"
              : response.body();
      throw new SystemException(
          Messages.get("run.http", step.method(), url, "HTTP " + status + ": " + text));
    }
    if (step.into() != null) {
      String text = response.body().isBlank() ? "null" : response.body();
      ctx.scope.set(step.into(), Secrets.maskRead(JSON.readValue(text, Object.class)));
    }
    ctx.detail = step.method() + " " + url + " → " + status;
  }
}
