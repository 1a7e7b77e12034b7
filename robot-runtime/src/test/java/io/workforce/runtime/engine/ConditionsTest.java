package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionsTest {

  @Test
  void urlsMatchBySubstringOrGlob() {
    assertThat(Conditions.urlMatches("http://h:1/qydj/login.jsp?x=1", "/qydj/login.jsp")).isTrue();
    assertThat(Conditions.urlMatches("http://h:1/home", "*/home")).isTrue();
    assertThat(Conditions.urlMatches("http://h:1/home?tab=2", "*/home")).isFalse();
    assertThat(Conditions.urlMatches("http://h:1/apply/done?id=3", "*/apply/done*")).isTrue();
    assertThat(Conditions.urlMatches("http://h:1/a.b", "*/a.b")).isTrue();
    assertThat(Conditions.urlMatches("http://h:1/aXb", "*/a.b")).isFalse();
  }

  @Test
  void systemUrlsAndPathsJoinWithOneSlash() {
    assertThat(PageRunners.join("http://h:1", "/login")).isEqualTo("http://h:1/login");
    assertThat(PageRunners.join("http://h:1/", "/login")).isEqualTo("http://h:1/login");
    assertThat(PageRunners.join("http://h:1/app", "login")).isEqualTo("http://h:1/app/login");
    assertThat(PageRunners.join("http://h:1", "")).isEqualTo("http://h:1");
    assertThat(PageRunners.join("http://h:1", "https://other/x")).isEqualTo("https://other/x");
  }
}
