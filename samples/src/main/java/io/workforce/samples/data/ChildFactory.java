package io.workforce.samples.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Draws children with their guardians, and the health system's record of each child. */
final class ChildFactory {

  /**
   * Health-check stages: age in months and label, with WHO-like median length (cm) and weight (kg)
   * of boys.
   */
  private record Stage(int months, String label, double height, double weight) {}

  private static final List<Stage> STAGES =
      List.of(
          new Stage(1, "满月", 54.7, 4.5),
          new Stage(3, "3月龄", 61.4, 6.4),
          new Stage(6, "6月龄", 67.6, 7.9),
          new Stage(8, "8月龄", 70.6, 8.6),
          new Stage(12, "1岁", 75.7, 9.6),
          new Stage(18, "18月龄", 82.3, 10.9),
          new Stage(24, "2岁", 87.1, 12.2),
          new Stage(30, "30月龄", 91.9, 13.3),
          new Stage(36, "3岁", 96.1, 14.3));

  private final People people;
  private final List<Division> hangzhou = Divisions.table().childrenOf(Divisions.REGISTRY_CITY);
  private final List<Division> everywhere = Divisions.table().districts();

  ChildFactory(People people) {
    this.people = people;
  }

  Child child(Rng rng, Discrepancy discrepancy) {
    String district = (rng.chance(0.75) ? rng.pick(hangzhou) : rng.pick(everywhere)).code();
    boolean father = rng.chance(0.5);
    Person guardian =
        people.adult(rng, LocalDate.of(1984, 1, 1), LocalDate.of(1999, 12, 31), father);
    String surname =
        father || rng.chance(0.2)
            ? Names.surnameOf(guardian.name())
            : Names.surnameOf(Names.person(rng, true));
    boolean male = rng.chance(0.5);
    String name =
        discrepancy == Discrepancy.NAME_VARIANT
            ? Names.childWithVariant(rng, surname, male)
            : Names.child(rng, surname, male);
    LocalDate birth =
        rng.dateBetween(LocalDate.of(2022, 7, 1), DataGenerator.REFERENCE_DATE.minusMonths(1));
    Person child = people.child(rng, name, district, birth, male);
    return new Child(
        child, guardian, father ? "父亲" : "母亲", Address.in(district, Names.homeAddress(rng)));
  }

  /**
   * The health system's record of the child, differing as {@code discrepancy} says (null when
   * missing).
   */
  HealthRecord record(Rng rng, Child c, Discrepancy discrepancy, int sequence) {
    Person child = c.child();
    LocalDate birth = child.birthDate();
    String name =
        discrepancy == Discrepancy.NAME_VARIANT ? Names.withVariant(child.name()) : child.name();
    LocalDate writtenBirth =
        discrepancy == Discrepancy.BIRTH_DATE_OFF_BY_ONE
            ? birth.plusDays(rng.chance(0.5) ? 1 : -1)
            : birth;
    Address a = c.address();
    String place = ("市辖区".equals(a.city()) ? a.province() : a.city()) + a.district();
    String recordNo = "ET" + a.districtCode() + Digits.pad(sequence, 6);
    return new HealthRecord(
        recordNo,
        name,
        child.idNumber(),
        child.gender(),
        writtenBirth,
        c.guardian().name(),
        c.guardian().phone(),
        place + "妇幼保健院",
        checkups(rng, birth, "男".equals(child.gender())));
  }

  private static List<Checkup> checkups(Rng rng, LocalDate birth, boolean boy) {
    List<Checkup> list = new ArrayList<>();
    for (Stage stage : STAGES) {
      LocalDate date = birth.plusMonths(stage.months()).plusDays(rng.between(0, 10));
      if (date.isAfter(DataGenerator.REFERENCE_DATE)) {
        break;
      }
      double height = (stage.height() - (boy ? 0 : 1.2)) * (0.97 + rng.between(0, 60) / 1000.0);
      double weight = (stage.weight() - (boy ? 0 : 0.4)) * (0.94 + rng.between(0, 120) / 1000.0);
      String result = rng.chance(0.9) ? "正常" : rng.pick(List.of("轻度贫血，建议复查", "维生素D缺乏，建议补充"));
      list.add(
          new Checkup(
              date,
              stage.label(),
              round1(height),
              round1(weight),
              result,
              Names.person(rng, rng.chance(0.3))));
    }
    return list;
  }

  private static BigDecimal round1(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
  }
}
