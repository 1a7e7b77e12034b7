package io.workforce.samples.intake;

import io.workforce.samples.data.CreditCodes;
import io.workforce.samples.data.Division;
import io.workforce.samples.data.Divisions;
import io.workforce.samples.data.IdNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The intake system's validation rules, strict as such systems are: nothing is trimmed or
 * normalised, so full-width digits and stray spaces are errors, not silently fixed.
 */
final class Checks {

  private Checks() {}

  static Check required(String label, int maxLength) {
    return (v, all, today) ->
        v.isEmpty()
            ? label + "不能为空"
            : v.length() > maxLength ? label + "不能超过" + maxLength + "个字符" : null;
  }

  static Check personName(String label) {
    return (v, all, today) -> {
      if (v.isEmpty()) {
        return label + "不能为空";
      }
      if (v.contains(" ") || v.contains("\u3000")) {
        return label + "不能包含空格";
      }
      return v.matches("[\\p{IsHan}·]{2,20}") ? null : label + "应为2至20个汉字";
    };
  }

  static Check idNumber(String label) {
    return (v, all, today) -> {
      if (v.isEmpty()) {
        return label + "不能为空";
      }
      if (!v.matches("\\d{17}[\\dX]")) {
        return label + "格式不正确（应为18位，末位可为数字或大写X）";
      }
      return IdNumbers.isValid(v) ? null : label + "校验位错误";
    };
  }

  static String creditCode(String v, Map<String, String> all, LocalDate today) {
    if (v.isEmpty()) {
      return "统一社会信用代码不能为空";
    }
    if (v.length() != 18 || !v.chars().allMatch(c -> CreditCodes.ALPHABET.indexOf(c) >= 0)) {
      return "统一社会信用代码格式不正确（应为18位数字或大写字母）";
    }
    return CreditCodes.isValid(v) ? null : "统一社会信用代码校验位错误";
  }

  static Check phone(boolean landlineAllowed) {
    return (v, all, today) -> {
      if (v.isEmpty()) {
        return "联系电话不能为空";
      }
      boolean ok = v.matches("1[3-9]\\d{9}") || landlineAllowed && v.matches("0\\d{2,3}-\\d{7,8}");
      return ok
          ? null
          : landlineAllowed ? "联系电话格式不正确（手机号11位，或固定电话如0571-88888888）" : "手机号码格式不正确（应为11位数字）";
    };
  }

  static Check pastDate(String label) {
    return (v, all, today) -> {
      if (v.isEmpty()) {
        return "请选择" + label;
      }
      try {
        return LocalDate.parse(v).isAfter(today) ? label + "不能晚于今天" : null;
      } catch (DateTimeParseException e) {
        return label + "格式不正确";
      }
    };
  }

  /** The birth date must be the one written in the child's ID number. */
  static String birthDate(String v, Map<String, String> all, LocalDate today) {
    String problem = pastDate("出生日期").problem(v, all, today);
    if (problem != null) {
      return problem;
    }
    String id = all.getOrDefault("childId", "");
    return IdNumbers.isValid(id) && !IdNumbers.birthDate(id).toString().equals(v)
        ? "出生日期与儿童身份证号不符"
        : null;
  }

  static String childGender(String v, Map<String, String> all, LocalDate today) {
    if (!v.equals("男") && !v.equals("女")) {
      return "请选择儿童性别";
    }
    String id = all.getOrDefault("childId", "");
    return IdNumbers.isValid(id) && !IdNumbers.gender(id).equals(v) ? "儿童性别与身份证号不符" : null;
  }

  static String capital(String v, Map<String, String> all, LocalDate today) {
    if (v.isEmpty()) {
      return "注册资本不能为空";
    }
    if (!v.matches("\\d{1,9}(\\.\\d{1,2})?")) {
      return "注册资本应为数字（单位：万元，最多两位小数，不含逗号），例如 100 或 1200.50";
    }
    return new BigDecimal(v).signum() > 0 ? null : "注册资本必须大于0";
  }

  /** Province, city and district must be chosen and belong to each other. */
  static String region(String ignored, Map<String, String> all, LocalDate today) {
    Divisions table = Divisions.table();
    Division province = table.get(all.getOrDefault("province", ""));
    Division city = table.get(all.getOrDefault("city", ""));
    Division district = table.get(all.getOrDefault("district", ""));
    if (province == null || !province.isProvince()) {
      return "请选择省份";
    }
    if (city == null || !province.code().equals(city.parentCode())) {
      return "请选择城市";
    }
    if (district == null || !city.code().equals(district.parentCode())) {
      return "请选择区县";
    }
    return null;
  }
}
