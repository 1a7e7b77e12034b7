package io.workforce.samples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the sample systems' data and the ground truth, deterministically: the same seed and
 * size give the same data, and {@link DataFiles} writes it as the same bytes.
 *
 * <pre>{@code GroundTruth truth = DataGenerator.generate(42, 100);
 * DataFiles.write(truth, Path.of("samples/data"));}</pre>
 */
public final class DataGenerator {

  /**
   * "Today" of every data set, fixed so that the data never depends on the day it was generated.
   */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 30);

  /** Registrations on or after this day are new (the items of {@code sync-registrations}). */
  public static final LocalDate NEW_SINCE = LocalDate.of(2025, 6, 1);

  /** Seed of the committed data files and of {@code ./rpa samples}. */
  public static final long DEFAULT_SEED = 42;

  /** Size of the committed data files and of {@code ./rpa samples}. */
  public static final int DEFAULT_RECORDS = 100;

  /** Rows of the clean spreadsheet. */
  public static final int SHEET_ROWS = 12;

  /** Children behind the dirty spreadsheet (it has one more row: the duplicate). */
  public static final int DIRTY_SHEET_CHILDREN = 10;

  private DataGenerator() {}

  /**
   * Generates a data set.
   *
   * @param seed any number; equal seeds give equal data
   * @param records companies in the registry and children filed before in the intake system
   *     (1–100,000)
   */
  public static GroundTruth generate(long seed, int records) {
    if (records < 1 || records > 100_000) {
      throw new IllegalArgumentException("records must be between 1 and 100000, got " + records);
    }
    People people = new People();
    List<Company> companies = companies(seed, records, people);
    ChildFactory childFactory = new ChildFactory(people);
    Rng childRng = Rng.stream(seed, "children");
    int total = records + SHEET_ROWS + DIRTY_SHEET_CHILDREN;
    List<Child> all = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      all.add(childFactory.child(childRng, Discrepancy.forChild(i)));
    }
    List<Child> filed = all.subList(0, records);
    List<Child> sheet = all.subList(records, records + SHEET_ROWS);
    List<Child> dirty = all.subList(records + SHEET_ROWS, total);

    Rng healthRng = Rng.stream(seed, "health");
    List<HealthRecord> health = new ArrayList<>();
    List<ExpectedDiscrepancy> discrepancies = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      Discrepancy d = Discrepancy.forChild(i);
      Child c = all.get(i);
      HealthRecord record =
          d == Discrepancy.MISSING_RECORD ? null : childFactory.record(healthRng, c, d, i + 1);
      Optional.ofNullable(record).ifPresent(health::add);
      if (d != Discrepancy.NONE) {
        discrepancies.add(discrepancy(c, d, record));
      }
    }

    IntakeSeed intake = new IntakeSeed();
    Rng intakeRng = Rng.stream(seed, "intake");
    List<ExpectedFiling> filings = new ArrayList<>();
    for (int i = 0; i < companies.size(); i++) {
      if (IntakeSeed.filedBefore(i)) {
        intake.company(intakeRng, companies.get(i));
      }
    }
    filed.forEach(c -> intake.subsidy(intakeRng, c));
    List<Application> applications = intake.applications();
    Map<String, String> receipts = new HashMap<>();
    applications.forEach(a -> receipts.put(a.key(), a.receiptNo()));
    for (int i = 0; i < companies.size(); i++) {
      Company c = companies.get(i);
      if (CompanyFactory.isNew(i)) {
        String receipt = IntakeSeed.filedBefore(i) ? receipts.get(c.creditCode()) : null;
        filings.add(new ExpectedFiling(c.creditCode(), c.name(), receipt, ApplicationFields.of(c)));
      }
    }
    Expectations expected =
        new Expectations(
            filings, Sheets.expectedClean(sheet), Sheets.expectedDirty(dirty), discrepancies);
    return new GroundTruth(
        seed,
        records,
        REFERENCE_DATE,
        companies,
        List.copyOf(filed),
        List.copyOf(sheet),
        List.copyOf(dirty),
        health,
        applications,
        Sheets.clean(sheet),
        Sheets.dirty(dirty),
        expected);
  }

  private static List<Company> companies(long seed, int records, People people) {
    CompanyFactory factory = new CompanyFactory(people);
    Rng rng = Rng.stream(seed, "companies");
    List<Company> list = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      list.add(factory.company(rng, i));
    }
    return list;
  }

  private static ExpectedDiscrepancy discrepancy(Child c, Discrepancy d, HealthRecord record) {
    Map<String, String> fields = ApplicationFields.of(c);
    return switch (d) {
      case NAME_VARIANT ->
          new ExpectedDiscrepancy(
              c.child().idNumber(),
              c.child().name(),
              d,
              d.reason(),
              fields.get("childName"),
              record.name());
      case BIRTH_DATE_OFF_BY_ONE ->
          new ExpectedDiscrepancy(
              c.child().idNumber(),
              c.child().name(),
              d,
              d.reason(),
              fields.get("birthDate"),
              record.birthDate().toString());
      case MISSING_RECORD ->
          new ExpectedDiscrepancy(c.child().idNumber(), c.child().name(), d, d.reason(), "", "");
      case NONE -> throw new IllegalArgumentException("no discrepancy");
    };
  }
}
