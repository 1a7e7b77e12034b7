package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.json.ProtocolJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A field the API refuses is explained in the caller's language only: never the validator's English
 * default ("must match ...") under a Chinese title, never the raw regular expression.
 */
class FieldProblemLanguageIT {

  static final String BAD_QUEUE = "{\"name\":\"Bad Name!\",\"maxAttempts\":0}";

  static JsonNode refuse(String language) throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.H2);
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(o.baseUri() + "/api/v1/queues"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + TestOrchestrator.ADMIN_TOKEN)
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofString(BAD_QUEUE))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(400, 422);
    return ProtocolJson.mapper().readTree(r.body());
  }

  static List<String> texts(JsonNode problem) {
    return StreamSupport.stream(problem.get("errors").spliterator(), false)
        .flatMap(e -> java.util.stream.Stream.of(e.path("message"), e.path("hint")))
        .filter(n -> n.isString())
        .map(JsonNode::asString)
        .toList();
  }

  @Test
  void aChineseCallerReadsOnlyChineseAndNoRegularExpression() throws Exception {
    JsonNode p = refuse("zh-CN");
    List<String> texts = texts(p);
    assertThat(texts).hasSizeGreaterThanOrEqualTo(2);
    assertThat(String.join("\n", texts))
        .doesNotContain("must", "rejected", "[a-z0-9]", "{0,99}")
        .contains("小写字母", "不能小于 1");
  }

  @Test
  void anEnglishCallerReadsOnlyEnglish() throws Exception {
    JsonNode p = refuse("en");
    String all = p.get("detail").asString() + "\n" + String.join("\n", texts(p));
    assertThat(all).doesNotContainPattern("[\\u3400-\\u9fff]").doesNotContain("[a-z0-9]", "{0,99}");
    assertThat(all).contains("lower-case letters", "at least 1");
  }
}
