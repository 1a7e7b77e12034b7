package io.workforce.samples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Draws the registry's enterprises, all in the registry's city. */
final class CompanyFactory {

  private static final List<String> SCOPES =
      List.of(
          "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广",
          "软件开发",
          "信息系统集成服务",
          "互联网销售（除销售需要许可的商品）",
          "日用百货销售",
          "办公用品销售",
          "餐饮管理",
          "企业管理咨询",
          "会议及展览服务",
          "广告设计、代理",
          "建筑材料销售",
          "物业管理",
          "货物进出口",
          "医疗器械销售（仅限第一类）",
          "食品销售（仅销售预包装食品）",
          "专业设计服务",
          "供应链管理服务");
  private static final String SCOPE_SUFFIX = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";
  private static final List<String> ROUND_CAPITALS =
      List.of("10", "30", "50", "100", "100", "200", "300", "500", "500", "1000", "2000", "5000");

  private final People people;
  private final Set<String> names = new HashSet<>();
  private final Set<String> codes = new HashSet<>();
  private final List<Division> districts = Divisions.table().childrenOf(Divisions.REGISTRY_CITY);

  CompanyFactory(People people) {
    this.people = people;
  }

  /**
   * Company number {@code index}; every fourth one (index % 4 == 0) was established in the last
   * month.
   */
  Company company(Rng rng, int index) {
    Division district = rng.pick(districts);
    String type = type(rng);
    Person rep =
        people.adult(rng, LocalDate.of(1962, 1, 1), LocalDate.of(2000, 12, 31), rng.chance(0.68));
    LocalDate established =
        isNew(index)
            ? rng.dateBetween(DataGenerator.NEW_SINCE, DataGenerator.REFERENCE_DATE)
            : rng.dateBetween(LocalDate.of(2019, 1, 1), DataGenerator.NEW_SINCE.minusDays(1));
    String phone = rng.chance(0.6) ? Names.mobile(rng) : "0571-8" + rng.digits(7);
    return new Company(
        rng.hex(32),
        creditCode(rng, district.code()),
        uniqueName(rng, type),
        type,
        rep,
        capital(rng, type),
        established,
        Address.in(district.code(), Names.officeAddress(rng)),
        phone,
        scope(rng),
        "存续",
        "杭州市" + district.name() + "市场监督管理局");
  }

  static boolean isNew(int index) {
    return index % 4 == 0;
  }

  private static String type(Rng rng) {
    int roll = rng.between(1, 100);
    List<String> types = ApplicationFields.COMPANY_TYPES;
    return roll <= 70
        ? types.get(0)
        : roll <= 85 ? types.get(1) : roll <= 90 ? types.get(2) : types.get(3);
  }

  private String uniqueName(Rng rng, String type) {
    while (true) {
      String name = Names.company(rng, "杭州", type);
      if (names.add(name)) {
        return name;
      }
    }
  }

  /**
   * 9 (工商) + 1 (企业) + district + a post-2015 "MA" organisation code with its own check + the check.
   */
  private String creditCode(Rng rng, String districtCode) {
    String orgAlphabet = CreditCodes.ALPHABET;
    while (true) {
      StringBuilder org = new StringBuilder("MA2");
      for (int i = 0; i < 5; i++) {
        org.append(rng.pick(orgAlphabet));
      }
      String body = "91" + districtCode + org + CreditCodes.organisationCheck(org.toString());
      String code = body + CreditCodes.checkCharacter(body);
      if (codes.add(code)) {
        return code;
      }
    }
  }

  private static BigDecimal capital(Rng rng, String type) {
    if (type.startsWith("个人独资")) {
      return new BigDecimal(rng.pick(List.of("3", "5", "10", "20", "50"))).setScale(2);
    }
    if (rng.chance(0.2)) {
      return rng.decimal(10, 3000, 2);
    }
    return new BigDecimal(rng.pick(ROUND_CAPITALS)).setScale(2);
  }

  private static String scope(Rng rng) {
    List<String> picked = new ArrayList<>();
    int count = rng.between(2, 4);
    while (picked.size() < count) {
      String s = rng.pick(SCOPES);
      if (!picked.contains(s)) {
        picked.add(s);
      }
    }
    return "一般项目：" + String.join("；", picked) + "。" + SCOPE_SUFFIX;
  }
}
