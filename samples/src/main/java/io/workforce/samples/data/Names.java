package io.workforce.samples.data;

import java.util.List;
import java.util.Map;

/** Realistic Chinese personal names, company names, streets and phone numbers. */
final class Names {

  /** Common surnames, most frequent first (a rank-skewed pick gives a realistic spread). */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
          + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳峰建国志文晨博然轩睿泽子梓皓";
  private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲英燕萍红洁琳雪婷颖倩欣悦怡涵诗雨梦佳思语彤萱可馨晴瑶媛月琪";

  /** Given names popular for children born 2022–2025. */
  private static final List<String> CHILD_MALE =
      List.of(
          "梓轩", "子墨", "浩宇", "宇轩", "沐宸", "一诺", "俊熙", "睿泽", "奕辰", "铭轩", "浩然", "景行", "嘉懿", "煜城", "承泽",
          "锦程", "思远", "子航", "嘉佑", "明哲", "俊杰", "一峰", "子华", "宇群", "云峰", "泽宇");

  private static final List<String> CHILD_FEMALE =
      List.of(
          "梓涵", "欣怡", "雨桐", "一诺", "若汐", "语桐", "诗涵", "可馨", "依晴", "悦彤", "佳琪", "思萱", "芷安", "梦瑶", "沐希",
          "清妍", "安然", "思颖", "佳丽", "雅丽", "书颖", "婉华", "若曦", "语嫣");

  /**
   * Characters that old systems (and old clerks) wrote with a variant or traditional form (异体字/繁体):
   * the health records of some children use the right-hand form.
   */
  static final Map<Character, Character> VARIANTS =
      Map.of('峰', '峯', '群', '羣', '杰', '傑', '丽', '麗', '颖', '頴', '华', '華', '泽', '澤', '轩', '軒');

  private static final String FIRM_WORDS = "博华信达恒瑞泰诚鑫宏锦盛智云联创嘉景易天远启德和安星晨源卓越弘润明海新睿晟祥";
  private static final List<String> INDUSTRIES =
      List.of(
          "科技", "网络科技", "信息技术", "电子商务", "贸易", "餐饮管理", "建筑工程", "文化传媒", "教育科技", "医疗器械", "物业管理",
          "供应链管理", "生物科技", "广告", "企业管理咨询", "环保科技", "智能装备", "食品");
  private static final List<String> ROADS =
      List.of(
          "文一", "文二", "文三", "莫干山", "天目山", "古墩", "教工", "学院", "江南", "滨盛", "长河", "市心", "人民", "解放",
          "建设", "中山", "和平", "延安", "环城", "湖墅", "庆春", "凤起", "体育场", "东新", "石祥", "丰潭", "紫金港", "余杭塘",
          "五常", "良睦");
  private static final List<String> ROAD_KINDS = List.of("路", "路", "路", "街", "大道");
  private static final List<String> MOBILE_PREFIXES =
      List.of(
          "133", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "177", "180",
          "181", "186", "187", "188", "189", "199");

  private Names() {}

  static String person(Rng rng, boolean male) {
    String given = male ? MALE : FEMALE;
    String name = String.valueOf(rng.pickSkewed(SURNAMES)) + rng.pick(given);
    return rng.chance(0.7) ? name + rng.pick(given) : name;
  }

  static String child(Rng rng, String surname, boolean male) {
    return surname + rng.pick(male ? CHILD_MALE : CHILD_FEMALE);
  }

  /** A child's name that contains a character with a variant form (for deliberate mismatches). */
  static String childWithVariant(Rng rng, String surname, boolean male) {
    List<String> withVariant =
        (male ? CHILD_MALE : CHILD_FEMALE)
            .stream()
                .filter(n -> n.chars().anyMatch(ch -> VARIANTS.containsKey((char) ch)))
                .toList();
    return surname + rng.pick(withVariant);
  }

  /** The name with its first variant-able character replaced by the variant form. */
  static String withVariant(String name) {
    StringBuilder sb = new StringBuilder(name);
    for (int i = 1; i < sb.length(); i++) {
      Character variant = VARIANTS.get(sb.charAt(i));
      if (variant != null) {
        sb.setCharAt(i, variant);
        return sb.toString();
      }
    }
    throw new IllegalArgumentException(name + " has no character with a variant form");
  }

  static String company(Rng rng, String cityShortName, String type) {
    String trade = String.valueOf(rng.pick(FIRM_WORDS)) + rng.pick(FIRM_WORDS);
    String industry = rng.pick(INDUSTRIES);
    String form = type.startsWith("股份") ? "股份有限公司" : type.startsWith("个人独资") ? "经营部" : "有限公司";
    return cityShortName + trade + industry + form;
  }

  static String street(Rng rng) {
    return rng.pick(ROADS) + rng.pick(ROAD_KINDS) + rng.between(1, 999) + "号";
  }

  /** A street address with a building and room, as companies register them. */
  static String officeAddress(Rng rng) {
    return street(rng)
        + rng.between(1, 12)
        + "幢"
        + rng.between(1, 25)
        + Digits.pad(rng.between(1, 20), 2)
        + "室";
  }

  static String homeAddress(Rng rng) {
    return street(rng)
        + rng.between(1, 30)
        + "幢"
        + rng.between(1, 6)
        + "单元"
        + rng.between(1, 33)
        + Digits.pad(rng.between(1, 4), 2)
        + "室";
  }

  static String mobile(Rng rng) {
    return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
  }

  static String surnameOf(String name) {
    return name.substring(0, 1);
  }
}
