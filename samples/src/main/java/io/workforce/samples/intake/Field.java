package io.workforce.samples.intake;

import java.util.List;

/**
 * One field of an intake form.
 *
 * @param name the form parameter and stored field name
 * @param label the Chinese label
 * @param kind how it is entered
 * @param page wizard page 1 or 2
 * @param options choices of a {@link Kind#SELECT}
 * @param check the server-side validation
 */
record Field(String name, String label, Kind kind, int page, List<String> options, Check check) {

  enum Kind {
    TEXT,
    SELECT,
    /** A read-only text field that only the JS date picker can set. */
    DATE,
    /** Three cascading selects (province, city, district) loaded by AJAX; stores three fields. */
    REGION
  }

  static Field text(String name, String label, int page, Check check) {
    return new Field(name, label, Kind.TEXT, page, List.of(), check);
  }

  static Field select(String name, String label, int page, List<String> options) {
    return new Field(
        name,
        label,
        Kind.SELECT,
        page,
        options,
        (v, all, today) -> options.contains(v) ? null : "请选择" + label);
  }

  /** A select with a rule beyond "one of the options" (the rule must reject other values too). */
  static Field select(String name, String label, int page, List<String> options, Check check) {
    return new Field(name, label, Kind.SELECT, page, options, check);
  }

  static Field date(String name, String label, int page, Check check) {
    return new Field(name, label, Kind.DATE, page, List.of(), check);
  }

  static Field region(String label, int page) {
    return new Field("region", label, Kind.REGION, page, List.of(), Checks::region);
  }

  /** The stored field names this field fills. */
  List<String> storedNames() {
    return kind == Kind.REGION ? List.of("province", "city", "district") : List.of(name);
  }
}
