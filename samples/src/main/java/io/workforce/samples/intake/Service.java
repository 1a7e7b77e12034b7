package io.workforce.samples.intake;

import io.workforce.samples.data.ApplicationFields;
import java.util.List;

/**
 * One service (事项) the intake system accepts applications for, with its three-page wizard's fields.
 *
 * @param id {@code company} or {@code subsidy}
 * @param name the Chinese name
 * @param keyField the field no two applications may share (the duplicate check)
 * @param titleField the field the list page shows as the application's name
 * @param pageTitles titles of wizard pages 1 and 2
 * @param fields every field, in display order
 */
record Service(
    String id,
    String name,
    String keyField,
    String titleField,
    List<String> pageTitles,
    List<Field> fields) {

  static final Service COMPANY =
      new Service(
          ApplicationFields.COMPANY,
          "新设企业信息采集",
          "creditCode",
          "companyName",
          List.of("企业基本信息", "住所及注册信息"),
          List.of(
              Field.text("creditCode", "统一社会信用代码", 1, Checks::creditCode),
              Field.text("companyName", "企业名称", 1, Checks.required("企业名称", 100)),
              Field.select("companyType", "企业类型", 1, ApplicationFields.COMPANY_TYPES),
              Field.text("legalRep", "法定代表人", 1, Checks.personName("法定代表人")),
              Field.text("legalRepId", "法定代表人身份证号", 1, Checks.idNumber("法定代表人身份证号")),
              Field.text("phone", "联系电话", 1, Checks.phone(true)),
              Field.region("住所所在地", 2),
              Field.text("address", "详细地址", 2, Checks.required("详细地址", 100)),
              Field.date("establishedOn", "成立日期", 2, Checks.pastDate("成立日期")),
              Field.text("capital", "注册资本（万元）", 2, Checks::capital)));

  static final Service SUBSIDY =
      new Service(
          ApplicationFields.SUBSIDY,
          "育儿补贴申领",
          "childId",
          "childName",
          List.of("申请人信息", "儿童信息"),
          List.of(
              Field.text("applicantName", "申请人姓名", 1, Checks.personName("申请人姓名")),
              Field.text("applicantId", "申请人身份证号", 1, Checks.idNumber("申请人身份证号")),
              Field.select("relation", "与儿童关系", 1, ApplicationFields.RELATIONS),
              Field.text("phone", "手机号码", 1, Checks.phone(false)),
              Field.text("childName", "儿童姓名", 2, Checks.personName("儿童姓名")),
              Field.text("childId", "儿童身份证号", 2, Checks.idNumber("儿童身份证号")),
              Field.select("childGender", "儿童性别", 2, List.of("男", "女"), Checks::childGender),
              Field.date("birthDate", "出生日期", 2, Checks::birthDate),
              Field.region("户籍所在地", 2),
              Field.text("address", "详细地址", 2, Checks.required("详细地址", 100))));

  static final List<Service> ALL = List.of(COMPANY, SUBSIDY);

  static Service byId(String id) {
    return ALL.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  List<Field> page(int page) {
    return fields.stream().filter(f -> f.page() == page).toList();
  }

  /** The label of a stored field (region parts included). */
  String label(String storedName) {
    return switch (storedName) {
      case "province" -> "省份";
      case "city" -> "城市";
      case "district" -> "区县";
      default ->
          fields.stream()
              .filter(f -> f.name().equals(storedName))
              .map(Field::label)
              .findFirst()
              .orElse(storedName);
    };
  }
}
