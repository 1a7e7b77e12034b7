package io.workforce.samples.data;

/**
 * An address in a real administrative division.
 *
 * @param provinceCode GB/T 2260 code of the province, e.g. 330000
 * @param province e.g. 浙江省
 * @param cityCode e.g. 330100
 * @param city e.g. 杭州市 (市辖区 for the municipalities)
 * @param districtCode e.g. 330106
 * @param district e.g. 西湖区
 * @param detail street, building and room, e.g. 文三路123号5幢1203室
 */
public record Address(
    String provinceCode,
    String province,
    String cityCode,
    String city,
    String districtCode,
    String district,
    String detail) {

  static Address in(String districtCode, String detail) {
    var path = Divisions.table().path(districtCode);
    return new Address(
        path.get(0).code(),
        path.get(0).name(),
        path.get(1).code(),
        path.get(1).name(),
        path.get(2).code(),
        path.get(2).name(),
        detail);
  }

  /** The address as one line, the way forms print it (municipalities without 市辖区). */
  public String full() {
    return province + ("市辖区".equals(city) ? "" : city) + district + detail;
  }
}
