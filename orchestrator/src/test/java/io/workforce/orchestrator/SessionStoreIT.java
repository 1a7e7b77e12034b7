package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 22, finding 5: the database held live session ids in plain text, so a copy of it (or a
 * backup) let anyone resume an administrator's session. What it holds now cannot be sent back as a
 * session cookie.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class SessionStoreIT {

  @Parameter TestDb db;

  @Test
  void nothingInTheSessionTableResumesASession() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(db);
    AdminApi admin = o.person("session-copy-admin", "ADMINISTRATOR");
    admin.get("/api/v1/me").expect(200);
    String cookie = admin.cookie("WORKFORCE_SESSION");
    String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);

    List<String> stored =
        o.jdbc().sql("SELECT session_id FROM spring_session").query(String.class).list();
    assertThat(stored).isNotEmpty().doesNotContain(id);
    String attributes =
        String.join(
            "|",
            o.jdbc()
                .sql("SELECT attribute_name FROM spring_session_attributes")
                .query(String.class)
                .list());
    assertThat(attributes).doesNotContain(id);
    for (String row : stored) {
      assertThat(status(o.baseUri(), Base64.getEncoder().encodeToString(row.getBytes())))
          .as("a cookie made from the stored id " + row)
          .isEqualTo(401);
    }
    assertThat(status(o.baseUri(), cookie)).as("the browser's own cookie").isEqualTo(200);
    String forged = id.substring(0, id.indexOf('.') + 1) + "x".repeat(43);
    assertThat(status(o.baseUri(), Base64.getEncoder().encodeToString(forged.getBytes())))
        .as("the stored handle with a guessed secret")
        .isEqualTo(401);
  }

  private static int status(URI base, String cookie) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(base.resolve("/api/v1/me"))
            .header("Cookie", "WORKFORCE_SESSION=" + cookie)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
