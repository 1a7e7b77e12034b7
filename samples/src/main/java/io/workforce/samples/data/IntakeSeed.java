package io.workforce.samples.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applications the intake system already holds when it starts, numbered as it would have
 * numbered them.
 */
final class IntakeSeed {

  private static final List<String> CLERKS = List.of("slry01", "slry02", "slry03");

  private record Draft(
      String service,
      String key,
      String title,
      LocalDateTime filedAt,
      String clerk,
      Map<String, String> fields) {}

  private final List<Draft> drafts = new ArrayList<>();

  /**
   * Old companies with an odd index and every fifth new one were filed before (so the robot must
   * skip them).
   */
  static boolean filedBefore(int companyIndex) {
    return CompanyFactory.isNew(companyIndex) ? (companyIndex / 4) % 5 == 2 : companyIndex % 2 == 1;
  }

  void company(Rng rng, Company c) {
    LocalDate day =
        min(c.establishedOn().plusDays(rng.between(1, 20)), DataGenerator.REFERENCE_DATE);
    drafts.add(
        new Draft(
            ApplicationFields.COMPANY,
            c.creditCode(),
            c.name(),
            at(rng, day),
            rng.pick(CLERKS),
            ApplicationFields.of(c)));
  }

  void subsidy(Rng rng, Child c) {
    LocalDate earliest = max(c.child().birthDate().plusDays(7), LocalDate.of(2025, 1, 2));
    LocalDate day = rng.dateBetween(earliest, DataGenerator.REFERENCE_DATE);
    drafts.add(
        new Draft(
            ApplicationFields.SUBSIDY,
            c.child().idNumber(),
            c.child().name(),
            at(rng, day),
            rng.pick(CLERKS),
            ApplicationFields.of(c)));
  }

  /** Numbers the drafts in filing order, one counter per day. */
  List<Application> applications() {
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparing(Draft::filedAt).thenComparing(Draft::key));
    Map<LocalDate, Integer> counters = new HashMap<>();
    List<Application> out = new ArrayList<>();
    for (Draft d : sorted) {
      int n = counters.merge(d.filedAt().toLocalDate(), 1, Integer::sum);
      out.add(
          new Application(
              ReceiptNumbers.format(d.filedAt().toLocalDate(), n),
              d.service(),
              d.key(),
              d.title(),
              d.filedAt(),
              d.clerk(),
              d.fields()));
    }
    return out;
  }

  private static LocalDateTime at(Rng rng, LocalDate day) {
    return day.atTime(LocalTime.of(rng.between(9, 16), rng.between(0, 59), rng.between(0, 59)));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
