package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.workforce.orchestrator.security.Tokens;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.AdminApi.Response;
import io.workforce.orchestrator.testing.Console;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * People: log-in with a session and CSRF, lock-out with back-off, personal API tokens, disabling,
 * passwords.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class PeopleIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  /**
   * What the first start printed: no WORKFORCE_ADMIN_PASSWORD is set here, so a generated password.
   */
  static String firstStartConsole;

  static String adminPassword;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    Console.Captured<TestOrchestrator> started =
        Console.capture(
            () -> TestOrchestrator.start(db, Map.of("workforce.security.admin-password", "")));
    orchestrator = started.value();
    firstStartConsole = started.printed();
    Matcher m = Pattern.compile("Initial password:\\s+(\\S+)").matcher(firstStartConsole);
    adminPassword = m.find() ? m.group(1) : null;
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  @Test
  void theFirstAdministratorsGeneratedPasswordIsPrintedOnceToTheConsoleAndNeverAgain() {
    assertThat(adminPassword)
        .as("the console of the first start:\n" + firstStartConsole)
        .hasSize(20);
    assertThat(firstStartConsole.split(Pattern.quote(adminPassword), -1))
        .as("printed exactly once, in no log line")
        .hasSize(2);
    JsonNode me =
        orchestrator.browser().login(TestOrchestrator.ADMIN, adminPassword).expect(200).json();
    assertThat(me.get("passwordChangeRequired").asBoolean())
        .as("asked to choose their own")
        .isTrue();
    assertThat(
            orchestrator
                .jdbc()
                .sql("SELECT password_hash FROM app_user WHERE username = 'admin'")
                .query(String.class)
                .single())
        .startsWith("{argon2}$argon2id$")
        .doesNotContain(adminPassword);
    assertThat(
            orchestrator
                .admin()
                .get("/api/v1/audit?target=user:admin&action=user.create")
                .json()
                .get(0)
                .get("detail")
                .asString())
        .isEqualTo("first administrator, password generated");

    AdminApi clerk = orchestrator.person("restart-clerk", "CLERK");
    String again = Console.capture(() -> orchestrator.restart()).printed();
    assertThat(again).doesNotContain(adminPassword).doesNotContain("Initial password");
    assertThat(
            clerk
                .at(orchestrator.baseUri())
                .get("/api/v1/me")
                .expect(200)
                .json()
                .get("username")
                .asString())
        .as("a session survives a restart")
        .isEqualTo("restart-clerk");
    orchestrator.browser().login(TestOrchestrator.ADMIN, adminPassword).expect(200);
  }

  @Test
  void aPersonLogsInWithASessionCookieAndSeesWhoTheyAreInMe() {
    AdminApi browser = orchestrator.browser();
    assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    Response login = browser.login(TestOrchestrator.ADMIN, adminPassword).expect(200);
    assertThat(login.json().get("roles").toString()).isEqualTo("[\"ADMINISTRATOR\"]");
    String setCookie = String.join("\n", login.headers().getOrDefault("set-cookie", List.of()));
    assertThat(setCookie)
        .contains("WORKFORCE_SESSION=")
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("XSRF-TOKEN=");
    JsonNode me = browser.get("/api/v1/me").expect(200).json();
    assertThat(me.get("username").asString()).isEqualTo("admin");
    assertThat(me.get("authenticatedBy").asString()).isEqualTo("session");
    assertThat(me.get("language").asString()).isEqualTo("zh");
    browser
        .put("/api/v1/me/preferences", Map.of("language", "en", "displayName", "Admin <b>One</b>"))
        .expect(200);
    assertThat(browser.get("/api/v1/me").expect(200).json().get("displayName").asString())
        .isEqualTo("Admin <b>One</b>");

    browser.post("/api/v1/auth/logout", "").expect(204);
    assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void unsafeCallsOfABrowserSessionNeedTheCsrfTokenButTokenCallsDoNot() {
    AdminApi clerk = orchestrator.person("csrf-clerk", "CLERK");
    choseOwnPassword("csrf-clerk");
    AdminApi forged = clerk.at(orchestrator.baseUri()).withoutCsrf();
    Response refused = forged.post("/api/v1/me/tokens", Map.of("name", "forged")).expect(403);
    assertThat(refused.problemType()).isEqualTo("csrf");
    assertThat(refused.json().get("detail").asString()).contains("X-XSRF-TOKEN");
    assertThat(
            forged
                .send(
                    "POST",
                    "/api/v1/auth/login",
                    "application/json",
                    "{\"username\":\"csrf-clerk\",\"password\":\"x\"}".getBytes())
                .problemType())
        .isEqualTo("csrf");
    String token =
        clerk
            .post("/api/v1/me/tokens", Map.of("name", "script"))
            .expect(201)
            .json()
            .get("token")
            .asString();
    orchestrator
        .anonymous()
        .withToken(token)
        .post("/api/v1/me/tokens", Map.of("name", "from-script"))
        .expect(201);
    assertThat(
            clerk
                .post(
                    "/api/v1/auth/login",
                    Map.of("username", "csrf-clerk", "password", TestOrchestrator.PASSWORD))
                .status())
        .as("a log-in with the CSRF token works")
        .isEqualTo(200);
  }

  @Test
  void failedLogInsLockTheAccountEvenForTheRightPasswordUntilAnAdministratorUnlocksIt() {
    orchestrator.person("lock-me", "CLERK");
    AdminApi browser = orchestrator.browser();
    for (int i = 0; i < 5; i++) {
      Response wrong = browser.login("lock-me", "wrong-password-" + i).expect(401);
      assertThat(wrong.json().get("detail").asString()).isEqualTo("用户名或密码错误");
    }
    Response locked = browser.login("lock-me", TestOrchestrator.PASSWORD).expect(429);
    assertThat(locked.headers().get("retry-after").get(0)).isEqualTo("60");
    assertThat(locked.json().get("detail").asString()).contains("锁定");
    assertThat(browser.login("nobody-at-all", "whatever-password").json().get("detail").asString())
        .as("an unknown name gets the same answer as a wrong password")
        .isEqualTo("用户名或密码错误");
    assertThat(orchestrator.admin().get("/api/v1/users/lock-me").json().get("lockedUntil").isNull())
        .isFalse();

    orchestrator.admin().post("/api/v1/users/lock-me/unlock", "").expect(200);
    browser.login("lock-me", TestOrchestrator.PASSWORD).expect(200);
    JsonNode audit =
        orchestrator.admin().get("/api/v1/audit?actor=lock-me&action=auth.login").json();
    assertThat(audit.findValuesAsString("outcome"))
        .as("newest first, back to the log-in when the account was made")
        .containsExactly("OK", "DENIED", "FAILED", "FAILED", "FAILED", "FAILED", "FAILED", "OK");
    assertThat(audit.toString())
        .doesNotContain("wrong-password")
        .doesNotContain(TestOrchestrator.PASSWORD);
  }

  /**
   * Without {@code server.forward-headers-strategy} no client chooses the address its failures
   * count against: the header is ignored and the connection's address counts.
   */
  @Test
  void aForwardedForHeaderIsIgnoredUnlessTheProxyIsTrustedByConfiguration() {
    orchestrator.person("spoof-target", "CLERK");
    for (int i = 0; i < 5; i++) {
      orchestrator
          .browser()
          .from("198.51.100." + (i + 1))
          .login("spoof-target", "wrong-" + i)
          .expect(401);
    }
    orchestrator
        .browser()
        .from("203.0.113.50")
        .login("spoof-target", TestOrchestrator.PASSWORD)
        .expect(429);
  }

  @Test
  void eachLockOutInARowLastsTwiceAsLong() {
    orchestrator.person("backoff", "CLERK");
    AdminApi browser = orchestrator.browser();
    Instant start = orchestrator.clock().instant();
    failFiveTimes(browser, "backoff");
    assertThat(lockedUntil("backoff"))
        .isCloseTo(start.plus(Duration.ofMinutes(1)), within(1, ChronoUnit.SECONDS));
    orchestrator.clock().advance(Duration.ofSeconds(61));
    failFiveTimes(browser, "backoff");
    assertThat(lockedUntil("backoff"))
        .isCloseTo(
            start.plusSeconds(61).plus(Duration.ofMinutes(2)), within(1, ChronoUnit.SECONDS));
    orchestrator.clock().advance(Duration.ofMinutes(3));
    browser.login("backoff", TestOrchestrator.PASSWORD).expect(200);
    assertThat(orchestrator.admin().get("/api/v1/users/backoff").json().get("lockedUntil").isNull())
        .isTrue();
  }

  @Test
  void personalTokensAreShownOnceKeptHashedRevocableAndExpire() {
    AdminApi clerk = orchestrator.person("token-clerk", "CLERK");
    choseOwnPassword("token-clerk");
    JsonNode created =
        clerk
            .post("/api/v1/me/tokens", Map.of("name", "nightly", "validDays", 1))
            .expect(201)
            .json();
    String token = created.get("token").asString();
    assertThat(token).startsWith("wfp_").hasSize(47);
    AdminApi script = orchestrator.anonymous().withToken(token);
    assertThat(script.get("/api/v1/me").expect(200).json().get("authenticatedBy").asString())
        .isEqualTo("token");
    assertThat(clerk.get("/api/v1/me/tokens").body())
        .doesNotContain(token)
        .contains(token.substring(0, 8) + "…");
    assertThat(
            orchestrator
                .jdbc()
                .sql("SELECT token_hash FROM api_token WHERE id = ?")
                .param(created.get("id").asLong())
                .query(String.class)
                .single())
        .isEqualTo(Tokens.hash(token));
    assertThat(
            clerk
                .post("/api/v1/me/tokens", Map.of("name", "too long", "validDays", 400))
                .expect(400)
                .body())
        .contains("validDays");

    orchestrator.clock().advance(Duration.ofDays(2));
    Response expired = script.get("/api/v1/me").expect(401);
    assertThat(expired.problemType()).isEqualTo("invalid-token");

    String second =
        clerk
            .post("/api/v1/me/tokens", Map.of("name", "second"))
            .expect(201)
            .json()
            .get("token")
            .asString();
    long secondId = clerk.get("/api/v1/me/tokens").json().get(0).get("id").asLong();
    orchestrator.anonymous().withToken(second).get("/api/v1/me").expect(200);
    clerk.delete("/api/v1/me/tokens/" + secondId).expect(204);
    orchestrator.anonymous().withToken(second).get("/api/v1/me").expect(401);
    assertThat(
            orchestrator
                .person("other-clerk", "CLERK")
                .delete("/api/v1/me/tokens/" + secondId)
                .status())
        .as("someone else's token is not found")
        .isEqualTo(404);
  }

  @Test
  void disablingSomeoneEndsTheirSessionsAndTokensAtOnce() {
    AdminApi clerk = orchestrator.person("leaver", "CLERK");
    choseOwnPassword("leaver");
    String token =
        clerk
            .post("/api/v1/me/tokens", Map.of("name", "t"))
            .expect(201)
            .json()
            .get("token")
            .asString();
    orchestrator.admin().put("/api/v1/users/leaver", Map.of("enabled", false)).expect(200);
    assertThat(clerk.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(orchestrator.anonymous().withToken(token).get("/api/v1/me").status()).isEqualTo(401);
    assertThat(orchestrator.browser().login("leaver", TestOrchestrator.PASSWORD).status())
        .isEqualTo(401);
    orchestrator.admin().put("/api/v1/users/leaver", Map.of("enabled", true)).expect(200);
    orchestrator.browser().login("leaver", TestOrchestrator.PASSWORD).expect(200);
  }

  @Test
  void changingOnesPasswordEndsOneOtherSessionsButNotThisOne() {
    AdminApi here = orchestrator.person("mover", "CLERK", "SUPERVISOR");
    AdminApi elsewhere = orchestrator.browser();
    elsewhere.login("mover", TestOrchestrator.PASSWORD).expect(200);
    assertThat(
            here.put(
                    "/api/v1/me/password",
                    Map.of("currentPassword", "not-it-at-all", "newPassword", "New-Password-456"))
                .expect(400)
                .body())
        .contains("currentPassword");
    here.put(
            "/api/v1/me/password",
            Map.of("currentPassword", TestOrchestrator.PASSWORD, "newPassword", "New-Password-456"))
        .expect(204);
    here.get("/api/v1/me").expect(200);
    assertThat(elsewhere.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(orchestrator.browser().login("mover", TestOrchestrator.PASSWORD).status())
        .isEqualTo(401);
    orchestrator.browser().login("mover", "New-Password-456").expect(200);
    assertThat(
            orchestrator
                .jdbc()
                .sql("SELECT password_hash FROM app_user WHERE username = 'mover'")
                .query(String.class)
                .single())
        .startsWith("{argon2}$argon2id$");
  }

  @Test
  void administratorsManageUsersGroupsAndTheLastAdministratorStays() {
    AdminApi admin = orchestrator.admin();
    admin.post("/api/v1/groups", Map.of("name", "tax-office", "displayName", "税务科")).expect(201);
    JsonNode made =
        admin
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    "wangwu",
                    "displayName",
                    "王五",
                    "roles",
                    List.of("CLERK"),
                    "groups",
                    List.of("tax-office")))
            .expect(201)
            .json();
    String generated = made.get("initialPassword").asString();
    assertThat(generated).hasSize(20);
    JsonNode me = orchestrator.browser().login("wangwu", generated).expect(200).json();
    assertThat(me.get("passwordChangeRequired").asBoolean()).isTrue();
    assertThat(me.get("groups").toString()).isEqualTo("[\"tax-office\"]");
    assertThat(admin.get("/api/v1/groups/tax-office").json().get("members").toString())
        .isEqualTo("[\"wangwu\"]");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    Map.of(
                        "username",
                        "x1",
                        "displayName",
                        "x",
                        "roles",
                        List.of("CLERK"),
                        "groups",
                        List.of("no-such-group")))
                .expect(400)
                .body())
        .contains("no-such-group");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    Map.of(
                        "username",
                        "x2",
                        "displayName",
                        "x",
                        "roles",
                        List.of("CLERK"),
                        "password",
                        "short"))
                .expect(400)
                .body())
        .contains("10");
    admin
        .post(
            "/api/v1/users",
            Map.of("username", "wangwu", "displayName", "x", "roles", List.of("CLERK")))
        .expect(409);
    assertThat(
            admin
                .put("/api/v1/users/admin", Map.of("roles", List.of("CLERK")))
                .expect(409)
                .json()
                .get("detail")
                .asString())
        .contains("管理员");
    JsonNode reset = admin.post("/api/v1/users/wangwu/password", "").expect(200).json();
    orchestrator.browser().login("wangwu", reset.get("initialPassword").asString()).expect(200);
  }

  /**
   * As if this person had chosen her own password: until then a token opens only the password
   * change (see PasswordResetIT).
   */
  private static void choseOwnPassword(String username) {
    orchestrator
        .jdbc()
        .sql("UPDATE app_user SET password_change_required = FALSE WHERE username = ?")
        .param(username)
        .update();
  }

  private static void failFiveTimes(AdminApi browser, String username) {
    for (int i = 0; i < 5; i++) {
      browser.login(username, "wrong-password").expect(401);
    }
  }

  private static Instant lockedUntil(String username) {
    return Instant.parse(
        orchestrator.admin().get("/api/v1/users/" + username).json().get("lockedUntil").asString());
  }
}
