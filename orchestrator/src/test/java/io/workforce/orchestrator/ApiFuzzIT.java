package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.testing.DatabaseSnapshot;
import io.workforce.orchestrator.testing.MalformedRequests;
import io.workforce.orchestrator.testing.MalformedRequests.Party;
import io.workforce.orchestrator.testing.MalformedRequests.Request;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.SimRobot;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.json.ProtocolJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * At least 5,000 malformed requests, generated from the OpenAPI document, across all endpoints,
 * over real HTTP with keep-alive, from three callers at once: every answer is a 4xx problem detail
 * that names the problem (never a 5xx, never a stack trace), no request hangs, and the database is
 * exactly as it was before, but for the audit trail: a robot asking for a credential outside its
 * job is refused and that refusal is recorded (credential_checkout and audit_event), on purpose, so
 * the only rows the run may add are such refusals.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class ApiFuzzIT {

  private static final int AT_LEAST = 5_000;
  private static final Duration HANG = Duration.ofSeconds(15);
  private static final int CALLERS = 3;

  @Parameter TestDb db;

  @Test
  void fiveThousandMalformedRequestsGetClearRefusalsAndChangeNothing() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(db);
    long limit = o.bean(WorkforceProperties.class).api().maxBodySize().toBytes();
    JsonNode document = o.anonymous().get("/v3/api-docs").expect(200).json();
    List<Request> requests = MalformedRequests.generate(document, limit, 20261125L, AT_LEAST);
    String robotToken = SimRobot.enrol(o, "fuzz-robot").token();
    CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(jar)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    http.send(
        HttpRequest.newBuilder(o.baseUri().resolve("/api/v1/auth/csrf")).build(),
        HttpResponse.BodyHandlers.discarding());
    String xsrf =
        jar.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow();
    DataSource data = o.bean(DataSource.class);
    Map<String, String> before = withoutAuditTrail(DatabaseSnapshot.of(data));
    long checkoutsBefore = maxId(data, "credential_checkout");
    long auditBefore = maxId(data, "audit_event");

    Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
    List<String> wrong = new CopyOnWriteArrayList<>();
    long started = System.nanoTime();
    // a few callers at once, as a server meets them (and the run takes less of the build's time)
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CALLERS; c++) {
        List<Request> mine = new ArrayList<>();
        for (int i = c; i < requests.size(); i += CALLERS) {
          mine.add(requests.get(i));
        }
        done.add(
            callers.submit(
                () ->
                    mine.forEach(
                        r -> send(http, o.baseUri(), r, robotToken, xsrf, statuses, wrong))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      callers.shutdownNow();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "API fuzz on %s: %d requests in %d ms (%.1f ms each), statuses %s%n",
        db, requests.size(), millis, (double) millis / requests.size(), statuses);

    wrong.stream().limit(300).forEach(w -> System.out.println("FUZZ " + w));
    assertThat(requests).hasSizeGreaterThanOrEqualTo(AT_LEAST);
    assertThat(wrong).as("requests not refused with a clear 4xx problem detail").isEmpty();
    assertThat(withoutAuditTrail(DatabaseSnapshot.of(data)))
        .as("the database after the rejected requests")
        .isEqualTo(before);
    assertThat(
            strings(
                data,
                "SELECT CASE WHEN granted THEN 'GRANTED' ELSE 'refused' END"
                    + " FROM credential_checkout WHERE id > ?",
                checkoutsBefore))
        .as("credential checkouts recorded by the rejected requests")
        .containsOnly("refused");
    assertThat(
            strings(
                data, "SELECT action || ' ' || outcome FROM audit_event WHERE id > ?", auditBefore))
        .as("audit events recorded by the rejected requests")
        .containsOnly("credential.checkout DENIED");
  }

  /** Every table but the two where a refused credential request is recorded. */
  private static Map<String, String> withoutAuditTrail(Map<String, String> tables) {
    Map<String, String> rest = new TreeMap<>(tables);
    rest.keySet().removeAll(List.of("credential_checkout", "audit_event"));
    return rest;
  }

  private static long maxId(DataSource data, String table) {
    return JdbcClient.create(data)
        .sql("SELECT COALESCE(MAX(id), 0) FROM " + table)
        .query(Long.class)
        .single();
  }

  private static List<String> strings(DataSource data, String sql, long after) {
    return JdbcClient.create(data).sql(sql).param(after).query(String.class).list();
  }

  private static void send(
      HttpClient http,
      URI base,
      Request r,
      String robotToken,
      String xsrf,
      Map<Integer, Integer> statuses,
      List<String> wrong) {
    String token =
        r.party() == Party.ROBOT
            ? robotToken
            : r.party() == Party.ADMINISTRATOR ? TestOrchestrator.ADMIN_TOKEN : null;
    try {
      HttpResponse<String> answer =
          http.send(
              build(base, r, token, xsrf),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      statuses.merge(answer.statusCode(), 1, Integer::sum);
      String problem = judge(answer);
      if (problem != null) {
        wrong.add(problem + " <- " + r);
      }
    } catch (HttpTimeoutException e) {
      wrong.add("HANG (no answer in " + HANG.toSeconds() + " s) <- " + r);
    } catch (IOException e) {
      wrong.add("connection failed (" + e + ") <- " + r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      wrong.add("interrupted <- " + r);
    }
  }

  /**
   * Null when the answer is a 4xx problem detail with a detail and no trace of the server's
   * insides.
   */
  private static String judge(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String body = answer.body();
    if (status < 400 || status >= 500) {
      return "HTTP " + status + " " + cut(body);
    }
    if (body.contains("Exception")
        || body.contains("\tat ")
        || body.contains("io.workforce.")
        || body.contains("java.")) {
      return "HTTP " + status + " shows internals: " + cut(body);
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/problem+json")) {
      return "HTTP " + status + " is not a problem detail (" + type + "): " + cut(body);
    }
    JsonNode p = ProtocolJson.mapper().readTree(body);
    if (p.path("detail").asString("").isBlank() || p.path("status").asInt() != status) {
      return "HTTP " + status + " problem without a detail: " + cut(body);
    }
    return null;
  }

  private static HttpRequest build(URI base, Request r, String token, String xsrf) {
    HttpRequest.BodyPublisher body =
        r.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : r.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(r.body()))
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(r.path())).timeout(HANG).method(r.method(), body);
    if (r.contentType() != null) {
      b.header("Content-Type", r.contentType());
    }
    if (r.accept() != null) {
      b.header("Accept", r.accept());
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    } else {
      b.header("X-XSRF-TOKEN", xsrf);
    }
    return b.build();
  }

  private static String cut(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
