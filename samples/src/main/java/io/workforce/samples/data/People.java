package io.workforce.samples.data;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws people with unique, valid ID numbers. One instance per data set, so numbers never repeat.
 */
final class People {

  private final Set<String> usedIds = new HashSet<>();
  private final List<Division> districts = Divisions.table().districts();

  /** An adult born between the two dates, in a random district of the table. */
  Person adult(Rng rng, LocalDate bornFrom, LocalDate bornTo, boolean male) {
    String name = Names.person(rng, male);
    LocalDate birth = rng.dateBetween(bornFrom, bornTo);
    return new Person(
        name,
        uniqueId(rng, rng.pick(districts).code(), birth, male),
        male ? "男" : "女",
        birth,
        Names.mobile(rng));
  }

  /** A child registered in {@code districtCode}. */
  Person child(Rng rng, String name, String districtCode, LocalDate birth, boolean male) {
    return new Person(name, uniqueId(rng, districtCode, birth, male), male ? "男" : "女", birth, "");
  }

  private String uniqueId(Rng rng, String district, LocalDate birth, boolean male) {
    while (true) {
      int sequence = rng.between(0, 499) * 2 + (male ? 1 : 0);
      String id = IdNumbers.of(district, birth, sequence);
      if (usedIds.add(id)) {
        return id;
      }
    }
  }
}
