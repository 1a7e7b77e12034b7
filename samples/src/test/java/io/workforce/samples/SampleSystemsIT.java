package io.workforce.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.samples.data.DataGenerator;
import io.workforce.samples.data.GroundTruth;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The switches every system has: fault rate, latency, the JSON export, ports; and start-up time.
 */
class SampleSystemsIT {

  @Test
  void failsTheConfiguredShareOfRequestsButNeverTheExport() {
    try (SampleSystems s =
        SampleSystems.start(
            SampleOptions.builder().records(10).faultRate(0.3).exportEnabled(true).build())) {
      HttpSession http = new HttpSession();
      int faults = 0;
      for (int i = 0; i < 200; i++) {
        int status = http.get(s.intakeLoginUrl()).status();
        assertThat(status).isIn(200, 500, 503);
        faults += status >= 500 ? 1 : 0;
      }
      // binomial(200, 0.3): mean 60, standard deviation 6.5; the bounds are about 4 deviations out
      assertThat(faults).isBetween(34, 86);
      for (int i = 0; i < 30; i++) {
        assertThat(http.get(s.registryUrl() + "/_export/registry.json").status()).isEqualTo(200);
      }
      assertThat(http.get(s.healthLoginUrl()).text())
          .satisfiesAnyOf(
              t -> assertThat(t).contains("儿童健康管理信息系统"), t -> assertThat(t).contains("系统繁忙，请稍后再试"));
    }
  }

  @Test
  void delaysEveryPageByTheConfiguredLatency() {
    try (SampleSystems s =
        SampleSystems.start(
            SampleOptions.builder().records(5).latency(Duration.ofMillis(150)).build())) {
      HttpSession http = new HttpSession();
      http.get(s.healthLoginUrl());
      for (String url :
          new String[] {s.registryLoginUrl(), s.intakeLoginUrl(), s.healthLoginUrl()}) {
        long start = System.nanoTime();
        assertThat(http.get(url).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
            .isGreaterThanOrEqualTo(Duration.ofMillis(150));
      }
    }
  }

  @Test
  void exportsExactlyTheGroundTruthWhenAsked() {
    try (SampleSystems s =
        SampleSystems.start(
            SampleOptions.builder().records(30).seed(9).exportEnabled(true).build())) {
      GroundTruth truth = DataGenerator.generate(9, 30);
      SampleExport export = s.export();
      assertThat(export.registryCompanies()).isEqualTo(truth.companies());
      assertThat(export.intakeApplications()).isEqualTo(truth.intakeApplications());
      assertThat(export.healthRecords()).isEqualTo(truth.healthRecords());
      assertThat(s.groundTruth()).isEqualTo(truth);
    }
  }

  @Test
  void saysHowToTurnTheExportOnWhenItIsOff() {
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().records(3).build())) {
      assertThatThrownBy(s::export).hasMessageContaining("exportEnabled(true)");
      assertThatThrownBy(
              () ->
                  new SampleExport(s.registryUrl(), s.intakeUrl(), s.healthUrl())
                      .intakeApplications())
          .hasMessageContaining("answered 404");
    }
  }

  @Test
  void namesTheSystemAndPortWhenThePortIsTaken() {
    try (SampleSystems first = SampleSystems.start(SampleOptions.builder().records(3).build())) {
      int taken =
          Integer.parseInt(first.intakeUrl().substring(first.intakeUrl().lastIndexOf(':') + 1));
      assertThatThrownBy(
              () ->
                  SampleSystems.start(
                      SampleOptions.builder().records(3).ports(0, taken, 0).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("intake: cannot listen on 127.0.0.1:" + taken);
    }
  }

  @Test
  void startsAllThreeWithTheDemoDataInUnderTwoSeconds() {
    SampleSystems.start(SampleOptions.builder().records(3).build())
        .close(); // warm the JVM as ./rpa samples is warm at its 2nd second
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().build())) {
      assertThat(s.startupTime()).isLessThan(Duration.ofSeconds(2));
      assertThat(new HttpSession().get(s.registryLoginUrl()).status()).isEqualTo(200);
    }
  }

  @Test
  void refusesOptionsOutOfRangeWithTheValue() {
    assertThatThrownBy(() -> SampleOptions.builder().faultRate(1.5).build())
        .hasMessageContaining("faultRate must be between 0 and 1 (e.g. 0.05 for 5%), got 1.5");
    assertThatThrownBy(() -> SampleOptions.builder().sessionTimeout(Duration.ZERO).build())
        .hasMessageContaining("sessionTimeout must be positive");
  }
}
