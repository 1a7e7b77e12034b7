package io.workforce.samples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private final TestClock clock = new TestClock(Instant.parse("2025-07-01T00:00:00Z"));
  private final Sessions sessions =
      new Sessions("JSESSIONID", "/qydj", Duration.ofMinutes(10), clock);

  @Test
  void keepsASessionThatIsUsedWithinTheIdleTimeout() {
    Session s = sessions.create();
    for (int i = 0; i < 5; i++) {
      clock.advance(Duration.ofMinutes(9));
      assertThat(sessions.find(withCookie(s.id()))).contains(s);
    }
  }

  @Test
  void endsASessionIdleForLongerThanTheTimeout() {
    Session s = sessions.create();
    clock.advance(Duration.ofMinutes(10).plusSeconds(1));
    assertThat(sessions.find(withCookie(s.id()))).isEmpty();
    clock.advance(Duration.ofDays(-1));
    assertThat(sessions.find(withCookie(s.id()))).as("gone for good").isEmpty();
  }

  @Test
  void bindsTheCookieToTheContextPath() {
    Session s = sessions.create();
    assertThat(sessions.cookie(s)).isEqualTo("JSESSIONID=" + s.id() + "; Path=/qydj; HttpOnly");
    assertThat(s.id()).matches("[0-9A-F]{32}");
  }

  @Test
  void dropsTheLeastRecentlyUsedSessionsWhenThereAreFarTooMany() {
    Session first = sessions.create();
    clock.advance(Duration.ofSeconds(1));
    Session recent = null;
    for (int i = 0; i < Sessions.MAX_SESSIONS + 300; i++) {
      recent = sessions.create();
    }
    assertThat(sessions.find(withCookie(first.id()))).isEmpty();
    assertThat(sessions.find(withCookie(recent.id()))).contains(recent);
  }

  private static Request withCookie(String id) {
    return new Request(
        "GET",
        "/qydj/main.jsp",
        Map.of(),
        Map.of(),
        Map.of("JSESSIONID", id),
        Map.of(),
        StandardCharsets.UTF_8);
  }
}
