package io.workforce.e2e.controlcenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test data set up through the public API, as an administrator would. */
final class Fixtures {

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/controlcenter/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource controlcenter/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sample flow's source, as {@code samples/flows/} has it (the flows the sample systems are made
   * for).
   */
  static String sampleFlow(String file) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("..", "samples", "flows", file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A person with a password of their own (the first-log-in change is done, as they would have done
   * it).
   */
  static String person(
      Api admin, java.net.URI base, String username, String displayName, String role) {
    String first = "First-" + username + "-2026";
    String own = "Own-" + username + "-2026!";
    admin
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "roles",
                java.util.List.of(role),
                "password",
                first))
        .expect(201);
    Api.login(base, username, first)
        .put("/api/v1/me/password", Map.of("currentPassword", first, "newPassword", own))
        .expect(204);
    return own;
  }

  static void share(Api admin, String flow, String user) {
    admin
        .put("/api/v1/flows/" + flow + "/shares", java.util.List.of(Map.of("user", user)))
        .expect(200);
  }

  static void publish(Api api, String file) {
    api.post("/api/v1/flows", Map.of("source", sampleFlow(file), "sourceName", file, "live", true))
        .expect(201, 200);
  }

  static void credential(Api api, String name) {
    api.post("/api/v1/credentials", Map.of("name", name, "kind", "SHARED", "description", "e2e"))
        .expect(201, 409);
    api.put(
            "/api/v1/credentials/" + name + "/value",
            Map.of("username", "robot01", "secret", "s3cret-" + name))
        .expect(204);
  }

  /** A queue with {@code count} registrations R0001… */
  static void queueWithItems(Api api, String queue, int count) {
    api.post("/api/v1/queues", Map.of("name", queue, "description", "新设立企业", "slaMinutes", 240))
        .expect(201);
    for (int i = 1; i <= count; i++) {
      api.post(
              "/api/v1/queues/" + queue + "/items",
              Map.of(
                  "reference",
                  String.format("R%04d", i),
                  "payload",
                  Map.of(
                      "creditCode", String.format("91330100MA%08d", i), "companyName", "企业" + i)))
          .expect(201);
    }
  }
}
