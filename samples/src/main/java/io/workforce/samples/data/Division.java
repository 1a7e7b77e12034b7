package io.workforce.samples.data;

/**
 * One administrative division (行政区划): a six-digit GB/T 2260 code and its name.
 *
 * @param code six digits; {@code NN0000} is a province, {@code NNNN00} a city, anything else a
 *     district
 * @param name e.g. 西湖区
 */
public record Division(String code, String name) {

  public boolean isProvince() {
    return code.endsWith("0000");
  }

  public boolean isCity() {
    return !isProvince() && code.endsWith("00");
  }

  public boolean isDistrict() {
    return !code.endsWith("00");
  }

  /** The code of the division this one belongs to, or null for a province. */
  public String parentCode() {
    if (isProvince()) {
      return null;
    }
    return isCity() ? code.substring(0, 2) + "0000" : code.substring(0, 4) + "00";
  }
}
