package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * What an administrator who resets a clerk's password gets: not the clerk's personal credentials
 * (issue 25 item 3: the reset erases the clerk's own values, audited, and the clerk is told at her
 * next log-in) and not her API tokens (issue 22 item 6: a reset, a password change and disabling
 * end every token; nobody makes a token while the password must be changed).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class PasswordResetIT {

  @Parameter TestDb db;
  static TestOrchestrator o;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    o = TestOrchestrator.start(db);
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    o.close();
  }

  /** As if she had already chosen her own password (people made by an administrator must). */
  static void choseHerPassword(String username) {
    o.jdbc()
        .sql("UPDATE app_user SET password_change_required = FALSE WHERE username = ?")
        .param(username)
        .update();
  }

  static String token(AdminApi person, String name) {
    return person
        .post("/api/v1/me/tokens", Map.of("name", name))
        .expect(201)
        .json()
        .get("token")
        .asString();
  }

  @Test
  void anAdministratorWhoResetsAClerksPasswordFindsNoneOfHerCredentialsOrTokens() {
    AdminApi admin = o.admin();
    String canary = "CANARY-reset-" + System.nanoTime();
    admin.post("/api/v1/credentials", Map.of("name", "li-portal", "kind", "PERSONAL")).expect(201);
    admin
        .post("/api/v1/flows", Map.of("source", AttendedRunIT.desktopFlow("li-desk", "li-portal")))
        .expect(201);
    AdminApi li = o.person("li-reset", "CLERK");
    choseHerPassword("li-reset");
    admin.put("/api/v1/flows/li-desk/shares", List.of(Map.of("user", "li-reset"))).expect(200);
    li.put("/api/v1/me/credentials/li-portal", Map.of("username", "li01", "secret", canary))
        .expect(204);
    String script = token(li, "nightly");
    o.anonymous().withToken(script).get("/api/v1/me").expect(200);
    assertThat(
            li.post("/api/v1/me/flows/li-desk/attended-run", "")
                .expect(200)
                .json()
                .get("credentials")
                .get(0)
                .get("secret")
                .asString())
        .as("before the reset her own value is hers to use")
        .isEqualTo(canary);

    String initial =
        admin
            .post("/api/v1/users/li-reset/password", "")
            .expect(200)
            .json()
            .get("initialPassword")
            .asString();
    assertThat(o.anonymous().withToken(script).get("/api/v1/me").status())
        .as("the reset ends her tokens")
        .isEqualTo(401);

    // the administrator logs in as her with the password they just set
    AdminApi asLi = o.browser();
    asLi.login("li-reset", initial).expect(200);
    JsonNode me = asLi.get("/api/v1/me").expect(200).json();
    assertThat(me.get("passwordChangeRequired").asBoolean()).isTrue();
    assertThat(me.get("erasedCredentials").toString()).contains("li-portal");
    JsonNode refused = asLi.post("/api/v1/me/flows/li-desk/attended-run", "").expect(422).json();
    assertThat(refused.get("errors").get(0).get("field").asString())
        .isEqualTo("credentials.li-portal");
    JsonNode mine = asLi.get("/api/v1/me/credentials").expect(200).json().get(0);
    assertThat(mine.get("valueSet").asBoolean()).isFalse();
    assertThat(mine.get("erasedAt").isNull()).isFalse();

    // no token can be made with a password someone else set
    assertThat(
            asLi.post("/api/v1/me/tokens", Map.of("name", "made-after-reset"))
                .expect(403)
                .problemType())
        .isEqualTo("password-change-required");
    assertThat(
            o.jdbc()
                .sql(
                    "SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id "
                        + "WHERE u.username = 'li-reset' AND t.revoked_at IS NULL")
                .query(Long.class)
                .single())
        .isZero();
    asLi.put(
            "/api/v1/me/password",
            Map.of("currentPassword", initial, "newPassword", "Li-Own-Choice-2026"))
        .expect(204);
    String hers = token(asLi, "after-her-own-password");
    o.anonymous().withToken(hers).get("/api/v1/me").expect(200);
    asLi.put(
            "/api/v1/me/password",
            Map.of("currentPassword", "Li-Own-Choice-2026", "newPassword", "Li-Second-Choice-2026"))
        .expect(204);
    assertThat(o.anonymous().withToken(hers).get("/api/v1/me").status())
        .as("a password change ends every token")
        .isEqualTo(401);

    AdminApi back = o.browser();
    back.login("li-reset", "Li-Second-Choice-2026").expect(200);
    back.put("/api/v1/me/credentials/li-portal", Map.of("username", "li01", "secret", "again"))
        .expect(204);
    assertThat(back.get("/api/v1/me").json().get("erasedCredentials").size()).isZero();
    assertThat(back.get("/api/v1/me/credentials").json().get(0).get("erasedAt").isNull()).isTrue();

    JsonNode audit = admin.get("/api/v1/audit?target=user:li-reset").expect(200).json();
    assertThat(audit.findValuesAsString("action"))
        .contains("user.password.reset", "credential.personal.erase", "token.revoke");
    assertThat(admin.seenBodies()).noneMatch(b -> b.contains(canary));
    assertThat(asLi.seenBodies()).noneMatch(b -> b.contains(canary));
    assertThat(
            o.jdbc()
                .sql("SELECT COUNT(*) FROM credential_value WHERE owner = 'li-reset'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void disablingSomeoneEndsTheirTokensForGoodNotUntilTheyAreEnabledAgain() {
    AdminApi chen = o.person("chen-leaver", "CLERK");
    choseHerPassword("chen-leaver");
    String script = token(chen, "t");
    o.admin().put("/api/v1/users/chen-leaver", Map.of("enabled", false)).expect(200);
    o.admin().put("/api/v1/users/chen-leaver", Map.of("enabled", true)).expect(200);
    assertThat(o.anonymous().withToken(script).get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void changingOnesOwnPasswordEndsTheTokensMadeWithTheOldOne() {
    AdminApi zhao = o.person("zhao-mover", "CLERK");
    choseHerPassword("zhao-mover");
    String script = token(zhao, "nightly-export");
    o.anonymous().withToken(script).get("/api/v1/me").expect(200);
    zhao.put(
            "/api/v1/me/password",
            Map.of("currentPassword", TestOrchestrator.PASSWORD, "newPassword", "New-Password-789"))
        .expect(204);
    zhao.get("/api/v1/me").expect(200); // this session stays
    assertThat(o.anonymous().withToken(script).get("/api/v1/me").status()).isEqualTo(401);
    // a token made with the new password works: only the old password's tokens ended
    String fresh = token(zhao, "after-change");
    o.anonymous().withToken(fresh).get("/api/v1/me").expect(200);
  }
}
