package io.workforce.samples.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One enterprise in the registry (企业登记系统).
 *
 * @param id the registry's internal key (a 32-character GUID, as the old Oracle schema used)
 * @param creditCode unified social credit code with a valid GB 32100 check character
 * @param name e.g. 杭州瑞泰网络科技有限公司
 * @param type e.g. 有限责任公司(自然人投资或控股)
 * @param legalRep the legal representative (name, ID number, phone)
 * @param capital registered capital in 万元 (ten thousand yuan), two decimals
 * @param establishedOn 成立日期
 * @param address registered address, always in the registry's city (杭州市)
 * @param phone contact phone
 * @param scope business scope (经营范围)
 * @param status registration status (存续 for all samples)
 * @param authority registration authority (登记机关)
 */
public record Company(
    String id,
    String creditCode,
    String name,
    String type,
    Person legalRep,
    BigDecimal capital,
    LocalDate establishedOn,
    Address address,
    String phone,
    String scope,
    String status,
    String authority) {

  /** The capital as the registry's image shows it, e.g. {@code 1,200.00万元}. */
  public String capitalText() {
    return String.format(Locale.ROOT, "%,.2f万元", capital);
  }
}
