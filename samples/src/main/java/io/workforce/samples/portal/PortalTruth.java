package io.workforce.samples.portal;

import io.workforce.samples.data.Division;
import io.workforce.samples.data.Divisions;
import io.workforce.samples.data.IdNumbers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * What the portal sample is about, generated from the data seed: the services it offers, its
 * regions (cities and districts of one province from the divisions table, and street offices made
 * up for each district), and the list of applications a clerk files ({@link #applicants()}). Equal
 * seeds give equal data.
 *
 * @param services service code → name
 * @param streets street office code → name (the parent district is the code's first 6 digits)
 * @param applicants the applications to file, in order
 */
public record PortalTruth(
    Map<String, String> services, Map<String, String> streets, List<PortalApplicant> applicants) {

  /** The province whose cities the portal serves: 浙江省. */
  public static final String PROVINCE = "330000";

  /** How many applications the list holds. */
  public static final int APPLICANTS = 30;

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志文";
  private static final List<String> STREET_NAMES =
      List.of("城关街道", "新城街道", "东湖街道", "西溪街道", "南苑街道", "北山街道");
  private static final List<String> REMARKS =
      List.of("", "", "需加急", "材料已齐全", "", "携带原件", "首次办理", "");

  /** The generated data for {@code seed}. */
  public static PortalTruth generate(long seed) {
    Random rng = new Random(seed * 7919 + 24);
    Map<String, String> services = new LinkedHashMap<>();
    services.put("A01", "社会保障卡申领");
    services.put("B02", "居住证签注");
    services.put("C03", "灵活就业人员登记");
    services.put("D04", "失业登记");
    Map<String, String> streets = new LinkedHashMap<>();
    for (Division district : districts()) {
      for (int i = 0; i < 3; i++) {
        streets.put(
            district.code() + String.format("%03d", i + 1),
            STREET_NAMES.get((i + district.code().hashCode() % 3 + 3) % STREET_NAMES.size()));
      }
    }
    List<String> streetCodes = new ArrayList<>(streets.keySet());
    List<String> serviceCodes = new ArrayList<>(services.keySet());
    Set<String> ids = new HashSet<>();
    List<PortalApplicant> applicants = new ArrayList<>();
    LocalDate first = LocalDate.of(2027, 1, 4);
    for (int seq = 1; seq <= APPLICANTS; seq++) {
      String street = streetCodes.get(rng.nextInt(streetCodes.size()));
      String district = street.substring(0, 6);
      String city = district.substring(0, 4) + "00";
      boolean male = rng.nextBoolean();
      LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(rng.nextInt(365 * 40));
      String id;
      do {
        id = IdNumbers.of(district, birth, rng.nextInt(500) * 2 + (male ? 1 : 0));
      } while (!ids.add(id));
      boolean agent = seq % 3 == 0;
      LocalDate appointment = first.plusDays(rng.nextInt(50));
      while (appointment.getDayOfWeek() == DayOfWeek.SATURDAY
          || appointment.getDayOfWeek() == DayOfWeek.SUNDAY) {
        appointment = appointment.plusDays(1);
      }
      applicants.add(
          new PortalApplicant(
              seq,
              name(rng),
              id,
              mobile(rng),
              agent ? name(rng) : "",
              agent ? mobile(rng) : "",
              city,
              district,
              street,
              serviceCodes.get((seq - 1) % serviceCodes.size()),
              appointment,
              REMARKS.get(rng.nextInt(REMARKS.size()))));
    }
    return new PortalTruth(services, streets, List.copyOf(applicants));
  }

  /** The cities the portal serves. */
  public static List<Division> cities() {
    return Divisions.table().childrenOf(PROVINCE);
  }

  /** The districts of every city the portal serves. */
  public static List<Division> districts() {
    List<Division> out = new ArrayList<>();
    cities().forEach(c -> out.addAll(Divisions.table().childrenOf(c.code())));
    return out;
  }

  /** The name of a city, district or street office. */
  public String regionName(String code) {
    return code.length() == 9 ? streets.get(code) : Divisions.table().get(code).name();
  }

  private static String name(Random rng) {
    String given = "" + GIVEN.charAt(rng.nextInt(GIVEN.length()));
    if (rng.nextInt(3) > 0) {
      given += GIVEN.charAt(rng.nextInt(GIVEN.length()));
    }
    return SURNAMES.charAt(rng.nextInt(SURNAMES.length())) + given;
  }

  private static String mobile(Random rng) {
    return "1" + (3 + rng.nextInt(7)) + String.format("%09d", rng.nextInt(1_000_000_000));
  }
}
