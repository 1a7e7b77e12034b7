package io.workforce.samples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.data.IdNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalTruthTest {

  @Test
  void equalSeedsGiveEqualDataAndOtherSeedsOtherData() {
    assertThat(PortalTruth.generate(5)).isEqualTo(PortalTruth.generate(5));
    assertThat(PortalTruth.generate(5).applicants())
        .isNotEqualTo(PortalTruth.generate(6).applicants());
  }

  @Test
  void everyApplicationIsOneThePortalAccepts() {
    PortalTruth truth = PortalTruth.generate(42);
    assertThat(truth.applicants()).hasSize(PortalTruth.APPLICANTS);
    for (PortalApplicant a : truth.applicants()) {
      assertThat(IdNumbers.isValid(a.idNumber())).as(a.idNumber()).isTrue();
      assertThat(a.mobile()).matches("1\\d{10}");
      assertThat(a.byAgent()).isEqualTo(a.seq() % 3 == 0);
      assertThat(a.streetCode()).startsWith(a.districtCode());
      assertThat(a.districtCode()).startsWith(a.cityCode().substring(0, 4));
      assertThat(truth.streets()).containsKey(a.streetCode());
      assertThat(truth.services()).containsKey(a.serviceCode());
      assertThat(a.appointment().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
    assertThat(truth.applicants().stream().map(PortalApplicant::idNumber).distinct()).hasSize(30);
    assertThat(truth.applicants().stream().map(PortalApplicant::serviceCode).distinct())
        .containsExactlyInAnyOrderElementsOf(truth.services().keySet());
  }

  @Test
  void theCommittedDataFilesAreWhatSeed42Gives(@TempDir Path dir) throws Exception {
    List<Path> fresh = PortalFiles.write(PortalTruth.generate(42), dir);
    for (Path f : fresh) {
      Path committed = Path.of("data").resolve(f.getFileName());
      assertThat(Files.readAllBytes(committed))
          .as(committed + " is stale: ./rpa samples generate --out samples/data")
          .isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void theImageCodeFollowsFromTheToken() {
    assertThat(PortalSystem.captchaCode(42, "abc"))
        .matches("\\d{4}")
        .isEqualTo(PortalSystem.captchaCode(42, "abc"));
    assertThat(new Captcha(42).png("abc")).isEqualTo(new Captcha(42).png("abc"));
  }
}
