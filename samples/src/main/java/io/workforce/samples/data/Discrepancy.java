package io.workforce.samples.data;

/**
 * How a child's health record deliberately differs from the truth, and so from a correct
 * application. {@link #NONE} for most children.
 */
public enum Discrepancy {
  NONE(""),
  /** The health system wrote the name with a variant (异体字) or traditional character. */
  NAME_VARIANT("姓名不一致"),
  /** The health system's birth date is one day off. */
  BIRTH_DATE_OFF_BY_ONE("出生日期不一致"),
  /** The health system has no record of the child. */
  MISSING_RECORD("卫健系统无此儿童记录");

  private final String reason;

  Discrepancy(String reason) {
    this.reason = reason;
  }

  /** The reason a verifying clerk writes in the discrepancy report. */
  public String reason() {
    return reason;
  }

  /** The discrepancy of child number {@code index} across all children of a data set. */
  static Discrepancy forChild(int index) {
    return switch (index % 12) {
      case 3 -> NAME_VARIANT;
      case 7 -> BIRTH_DATE_OFF_BY_ONE;
      case 11 -> MISSING_RECORD;
      default -> NONE;
    };
  }
}
