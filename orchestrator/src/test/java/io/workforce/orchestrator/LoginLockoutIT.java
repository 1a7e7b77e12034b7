package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.AdminApi.Response;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.util.ArrayList;
import java.util.Collections;
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
 * Issue 22, finding 6: the lock-out answered 429 only for existing accounts (so it told which names
 * exist) and anyone could keep any account locked. Failures now count per (name, client address)
 * and per address, for known and unknown names alike. The orchestrator trusts {@code
 * X-Forwarded-For} here (as behind a proxy), so that one test can come from many addresses, and
 * counts per address with the default limit (30).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class LoginLockoutIT {

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator =
        TestOrchestrator.start(
            db,
            Map.of(
                "server.forward-headers-strategy",
                "native",
                "workforce.security.max-failed-logins-per-address",
                "30"));
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  @Test
  void anUnknownNameIsAnsweredExactlyLikeAKnownOneAlsoOnceLockedOut() {
    orchestrator.person("enum-known", "CLERK");
    AdminApi known = orchestrator.browser().from("198.51.100.11");
    AdminApi unknown = orchestrator.browser().from("198.51.100.12");
    for (int i = 0; i < 5; i++) {
      Response k = known.login("enum-known", "wrong-password-" + i);
      Response u = unknown.login("enum-nobody", "wrong-password-" + i);
      assertThat(u.status()).as("failure " + (i + 1)).isEqualTo(k.status()).isEqualTo(401);
      assertThat(u.body()).isEqualTo(k.body());
    }
    Response k = known.login("enum-known", TestOrchestrator.PASSWORD);
    Response u = unknown.login("enum-nobody", TestOrchestrator.PASSWORD);
    assertThat(k.status()).as("the known name, locked even for the right password").isEqualTo(429);
    assertThat(u.status()).as("the unknown name").isEqualTo(429);
    assertThat(u.body()).isEqualTo(k.body());
    assertThat(u.headers().get("retry-after")).isEqualTo(k.headers().get("retry-after"));
  }

  @Test
  void oneAddressCannotLockTheOwnerOutWhoLogsInFromAnother() {
    orchestrator.person("victim", "CLERK");
    AdminApi attacker = orchestrator.browser().from("198.51.100.66");
    for (int i = 0; i < 5; i++) {
      attacker.login("victim", "guess-" + i).expect(401);
    }
    attacker.login("victim", "guess-5").expect(429);
    attacker.login("victim", TestOrchestrator.PASSWORD).expect(429);

    orchestrator
        .browser()
        .from("203.0.113.9")
        .login("victim", TestOrchestrator.PASSWORD)
        .expect(200);

    JsonNode audit =
        orchestrator.admin().get("/api/v1/audit?action=auth.lockout&actor=victim").json();
    assertThat(audit.findValuesAsString("outcome")).containsExactly("DENIED");
    assertThat(audit.findValuesAsString("remoteAddress")).containsExactly("198.51.100.66");
    assertThat(audit.toString()).doesNotContain("guess-").doesNotContain(TestOrchestrator.PASSWORD);
  }

  @Test
  void oneAddressTryingManyNamesIsStoppedForAllOfThemButNoOtherAddressIs() {
    orchestrator.person("spray-target", "CLERK");
    AdminApi sprayer = orchestrator.browser().from("198.51.100.77");
    for (int i = 0; i < 30; i++) {
      sprayer.login("spray-" + i, "Spring2026!").expect(401);
    }
    Response stopped = sprayer.login("spray-target", TestOrchestrator.PASSWORD);
    assertThat(stopped.status())
        .as(
            "the address is stopped, even with a right password: "
                + stopped.body()
                + orchestrator
                    .jdbc()
                    .sql(
                        "SELECT * FROM login_failure WHERE address = '198.51.100.77' AND username = ''")
                    .query()
                    .listOfRows())
        .isEqualTo(429);
    assertThat(stopped.headers()).containsKey("retry-after");
    orchestrator
        .browser()
        .from("198.51.100.78")
        .login("spray-target", TestOrchestrator.PASSWORD)
        .expect(200);
    JsonNode audit =
        orchestrator
            .admin()
            .get("/api/v1/audit?action=auth.lockout&target=address:198.51.100.77")
            .json();
    assertThat(audit.findValuesAsString("outcome")).containsExactly("DENIED");
  }

  @Test
  void anAdministratorUnlocksANameForEveryAddress() {
    orchestrator.person("unlock-me", "CLERK");
    AdminApi from = orchestrator.browser().from("198.51.100.90");
    for (int i = 0; i < 5; i++) {
      from.login("unlock-me", "wrong-" + i).expect(401);
    }
    assertThat(
            orchestrator.admin().get("/api/v1/users/unlock-me").json().get("lockedUntil").isNull())
        .as("the user page shows the lock")
        .isFalse();
    orchestrator.admin().post("/api/v1/users/unlock-me/unlock", "").expect(200);
    from.login("unlock-me", TestOrchestrator.PASSWORD).expect(200);
  }

  @Test
  void aLockOutOutlivesARestartSoItIsNotKeptInOneNodesMemory() {
    orchestrator.person("restart-lock", "CLERK");
    AdminApi from = orchestrator.browser().from("198.51.100.95");
    for (int i = 0; i < 5; i++) {
      from.login("restart-lock", "wrong-" + i).expect(401);
    }
    orchestrator.restart();
    orchestrator
        .browser()
        .from("198.51.100.95")
        .login("restart-lock", TestOrchestrator.PASSWORD)
        .expect(429);
  }

  /**
   * A disabled account or an unknown name must cost the same password hashing as a wrong password
   * for a live account: a quick answer would tell which names exist. The three are timed in turns
   * (only the log-in call, each from its own address) so that the machine's load falls on all.
   */
  @Test
  void unknownAndDisabledNamesTakeAsLongAsAWrongPassword() {
    orchestrator.person("timing-live", "CLERK");
    orchestrator.person("timing-gone", "CLERK");
    orchestrator.admin().put("/api/v1/users/timing-gone", Map.of("enabled", false)).expect(200);
    timedLogIn("192.0.2.200", "timing-warm-up", "wrong-password");
    List<Long> live = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    List<Long> disabled = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      live.add(timedLogIn("192.0.2." + (3 * i + 1), "timing-live", "wrong-password"));
      unknown.add(timedLogIn("192.0.2." + (3 * i + 2), "timing-nobody", "wrong-password"));
      disabled.add(timedLogIn("192.0.2." + (3 * i + 3), "timing-gone", TestOrchestrator.PASSWORD));
    }
    String figures =
        "median live "
            + median(live)
            + " ms, unknown "
            + median(unknown)
            + " ms, disabled "
            + median(disabled)
            + " ms";
    assertThat(median(unknown)).as(figures).isGreaterThanOrEqualTo(median(live) / 3);
    assertThat(median(disabled)).as(figures).isGreaterThanOrEqualTo(median(live) / 3);
  }

  /** How long one log-in call takes, in ms; it must fail with 401. */
  private static long timedLogIn(String address, String username, String password) {
    AdminApi client = orchestrator.browser().from(address);
    client.get("/api/v1/auth/csrf").expect(200);
    long start = System.nanoTime();
    Response r =
        client.post("/api/v1/auth/login", Map.of("username", username, "password", password));
    long millis = (System.nanoTime() - start) / 1_000_000;
    r.expect(401);
    return millis;
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
