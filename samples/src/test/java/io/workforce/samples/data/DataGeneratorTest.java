package io.workforce.samples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.samples.data.ExpectedRow.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {

  private static final GroundTruth TRUTH = DataGenerator.generate(7, 60);

  @Test
  void writesTheSameBytesForTheSameSeed(@TempDir Path a, @TempDir Path b) throws IOException {
    List<Path> first = DataFiles.write(DataGenerator.generate(7, 60), a);
    List<Path> second = DataFiles.write(DataGenerator.generate(7, 60), b);
    assertThat(first).hasSize(7);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i)))
          .as(first.get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void writesDifferentDataForAnotherSeed() {
    assertThat(DataFiles.groundTruthJson(DataGenerator.generate(8, 60)))
        .isNotEqualTo(DataFiles.groundTruthJson(TRUTH));
  }

  @Test
  void givesEveryCreditCodeAndIdNumberAValidCheckCharacter() {
    Set<String> ids = new HashSet<>();
    for (Company c : TRUTH.companies()) {
      assertThat(CreditCodes.isValid(c.creditCode())).as(c.creditCode()).isTrue();
      assertThat(CreditCodes.organisationCheck(c.creditCode().substring(8, 16)))
          .isEqualTo(c.creditCode().charAt(16));
      assertThat(IdNumbers.isValid(c.legalRep().idNumber())).as(c.legalRep().idNumber()).isTrue();
      assertThat(ids.add(c.legalRep().idNumber())).isTrue();
    }
    for (Child c : TRUTH.children()) {
      assertThat(IdNumbers.isValid(c.child().idNumber())).isTrue();
      assertThat(IdNumbers.birthDate(c.child().idNumber())).isEqualTo(c.child().birthDate());
      assertThat(IdNumbers.gender(c.child().idNumber())).isEqualTo(c.child().gender());
      assertThat(c.child().idNumber()).startsWith(c.address().districtCode());
      assertThat(ids.add(c.child().idNumber())).isTrue();
    }
  }

  @Test
  void placesCompaniesInRealDistrictsOfTheRegistryCity() {
    Set<String> hangzhou = new HashSet<>();
    Divisions.table().childrenOf(Divisions.REGISTRY_CITY).forEach(d -> hangzhou.add(d.code()));
    assertThat(TRUTH.companies())
        .allSatisfy(
            c -> {
              assertThat(hangzhou).contains(c.address().districtCode());
              assertThat(c.creditCode().substring(2, 8)).isEqualTo(c.address().districtCode());
              assertThat(c.address().full()).startsWith("浙江省杭州市" + c.address().district());
            });
  }

  @Test
  void makesEveryFourthCompanyANewRegistrationAndFilesSomeOfThemBefore() {
    assertThat(TRUTH.newRegistrations()).hasSize(15);
    assertThat(TRUTH.expected().syncRegistrations()).hasSize(15);
    long filedBefore =
        TRUTH.expected().syncRegistrations().stream()
            .filter(f -> f.existingReceipt() != null)
            .count();
    assertThat(filedBefore).isEqualTo(3);
    TRUTH.expected().syncRegistrations().stream()
        .filter(f -> f.existingReceipt() != null)
        .forEach(
            f ->
                assertThat(TRUTH.intakeApplications())
                    .anySatisfy(
                        a -> {
                          assertThat(a.receiptNo()).isEqualTo(f.existingReceipt());
                          assertThat(a.fields()).isEqualTo(f.fields());
                        }));
  }

  @Test
  void letsTheHealthRecordsDifferForEachKindOfDiscrepancy() {
    List<ExpectedDiscrepancy> d = TRUTH.expected().discrepancies();
    assertThat(d)
        .extracting(ExpectedDiscrepancy::kind)
        .contains(
            Discrepancy.NAME_VARIANT,
            Discrepancy.BIRTH_DATE_OFF_BY_ONE,
            Discrepancy.MISSING_RECORD);
    for (ExpectedDiscrepancy x : d) {
      switch (x.kind()) {
        case NAME_VARIANT -> {
          assertThat(TRUTH.healthRecord(x.childId()).orElseThrow().name())
              .isEqualTo(x.healthValue())
              .isNotEqualTo(x.applicationValue())
              .hasSameSizeAs(x.applicationValue());
        }
        case BIRTH_DATE_OFF_BY_ONE ->
            assertThat(TRUTH.healthRecord(x.childId()).orElseThrow().birthDate().toString())
                .isEqualTo(x.healthValue())
                .isNotEqualTo(x.applicationValue());
        case MISSING_RECORD -> assertThat(TRUTH.healthRecord(x.childId())).isEmpty();
        case NONE -> throw new AssertionError("NONE listed as a discrepancy");
      }
    }
    int children =
        TRUTH.children().size() + TRUTH.sheetChildren().size() + TRUTH.dirtySheetChildren().size();
    assertThat(TRUTH.healthRecords())
        .hasSize(
            children
                - (int) d.stream().filter(x -> x.kind() == Discrepancy.MISSING_RECORD).count());
  }

  @Test
  void writesADirtySpreadsheetWithFullWidthDigitsSpacesABadIdAndADuplicateRow() {
    List<SheetRow> rows = TRUTH.dirtySheetRows();
    assertThat(rows).hasSize(DataGenerator.DIRTY_SHEET_CHILDREN + 1);
    assertThat(rows.get(Sheets.FULL_WIDTH).cells().get("儿童身份证号")).matches("[０-９Ｘ]{18}");
    assertThat(rows.get(Sheets.TRAILING_SPACES).cells().get("申请人姓名")).endsWith("  ");
    assertThat(IdNumbers.isValid(rows.get(Sheets.INVALID_ID).cells().get("儿童身份证号"))).isFalse();
    SheetRow last = rows.get(rows.size() - 1);
    assertThat(last.cells().get("儿童身份证号"))
        .isEqualTo(rows.get(Sheets.DUPLICATED).cells().get("儿童身份证号"));
    assertThat(TRUTH.expected().dirtySheetRows())
        .extracting(ExpectedRow::outcome)
        .containsOnly(Outcome.ENTERED, Outcome.REJECTED, Outcome.DUPLICATE)
        .filteredOn(o -> o != Outcome.ENTERED)
        .containsExactly(Outcome.REJECTED, Outcome.DUPLICATE);
  }

  @Test
  void numbersTheApplicationsFiledBeforeByDayInFilingOrder() {
    List<Application> apps = TRUTH.intakeApplications();
    assertThat(apps.stream().filter(a -> a.service().equals(ApplicationFields.SUBSIDY)))
        .hasSize(TRUTH.records());
    for (int i = 1; i < apps.size(); i++) {
      assertThat(apps.get(i).filedAt()).isAfterOrEqualTo(apps.get(i - 1).filedAt());
      assertThat(apps.get(i).receiptNo()).isGreaterThan(apps.get(i - 1).receiptNo());
    }
    assertThat(apps)
        .allSatisfy(
            a ->
                assertThat(ReceiptNumbers.day(a.receiptNo())).isEqualTo(a.filedAt().toLocalDate()));
  }

  @Test
  void refusesASizeOutOfRange() {
    assertThatThrownBy(() -> DataGenerator.generate(1, 0))
        .hasMessageContaining("records must be between 1 and 100000, got 0");
  }
}
