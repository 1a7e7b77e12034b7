package io.workforce.samples.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form fields of the intake system's two services, and the values a careful clerk (or robot)
 * enters for a company or a child. Tests compare what the intake system stored with these, field by
 * field.
 */
public final class ApplicationFields {

  /** Service {@code company}: 新设企业信息采集, keyed by the credit code. */
  public static final String COMPANY = "company";

  /** Service {@code subsidy}: 育儿补贴申领, keyed by the child's ID number. */
  public static final String SUBSIDY = "subsidy";

  /** Enterprise types offered by both the registry and the intake form. */
  public static final List<String> COMPANY_TYPES =
      List.of("有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "股份有限公司(非上市、自然人投资或控股)", "个人独资企业");

  /** Relations a subsidy applicant may have to the child. */
  public static final List<String> RELATIONS = List.of("父亲", "母亲", "其他监护人");

  private ApplicationFields() {}

  /** What the intake system stores for a correctly entered company. */
  public static Map<String, String> of(Company c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("creditCode", c.creditCode());
    f.put("companyName", c.name());
    f.put("companyType", c.type());
    f.put("legalRep", c.legalRep().name());
    f.put("legalRepId", c.legalRep().idNumber());
    f.put("phone", c.phone());
    putAddress(f, c.address());
    f.put("establishedOn", c.establishedOn().toString());
    f.put("capital", c.capital().toPlainString());
    return f;
  }

  /** What the intake system stores for a correctly entered subsidy application. */
  public static Map<String, String> of(Child c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("applicantName", c.guardian().name());
    f.put("applicantId", c.guardian().idNumber());
    f.put("relation", c.relation());
    f.put("phone", c.guardian().phone());
    f.put("childName", c.child().name());
    f.put("childId", c.child().idNumber());
    f.put("childGender", c.child().gender());
    f.put("birthDate", c.child().birthDate().toString());
    putAddress(f, c.address());
    return f;
  }

  private static void putAddress(Map<String, String> f, Address a) {
    f.put("province", a.provinceCode());
    f.put("city", a.cityCode());
    f.put("district", a.districtCode());
    f.put("address", a.detail());
  }
}
