package io.workforce.samples.archive;

import io.workforce.samples.data.IdNumbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws the archive's records and visitor log from a seed: same seed, same data. */
final class ArchiveGenerator {

  /** How many records the archive holds: prime, so that no page size divides it. */
  static final int RECORDS = 57;

  /** Lines of the visitor log. */
  static final int VISITS = 20;

  /** District names with their GB/T 2260 codes (杭州市), for ID numbers and addresses. */
  static final List<String[]> DISTRICTS =
      List.of(
          new String[] {"330102", "上城区"},
          new String[] {"330105", "拱墅区"},
          new String[] {"330106", "西湖区"},
          new String[] {"330108", "滨江区"},
          new String[] {"330109", "萧山区"},
          new String[] {"330110", "余杭区"});

  /** The matters, in the order the summary lists them. */
  static final List<String> MATTERS = List.of("出生登记", "户口迁入", "户口迁出", "婚姻登记", "收养登记");

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫宇浩然子涵欣怡梓轩";
  private static final String[] STREETS = {"文三路", "莫干山路", "解放路", "江南大道", "建设一路", "文一西路", "湖墅南路"};

  private ArchiveGenerator() {}

  static ArchiveTruth generate(long seed) {
    SplittableRandom rng = new SplittableRandom(seed * 1_000_003L ^ "archive".hashCode());
    List<Draft> drafts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < RECORDS; i++) {
      drafts.add(draft(rng, ids));
    }
    drafts.sort(Comparator.comparing(Draft::registeredOn));
    List<ArchiveRecord> records = new ArrayList<>();
    int year = 0;
    int seq = 0;
    for (Draft d : drafts) {
      seq = d.registeredOn().getYear() == year ? seq + 1 : 1;
      year = d.registeredOn().getYear();
      records.add(
          new ArchiveRecord(
              "DA%d%04d".formatted(year, seq),
              d.name(),
              d.gender(),
              d.idNumber(),
              d.registeredOn(),
              d.district()[1],
              d.matter(),
              "浙江省杭州市" + d.district()[1] + d.address(),
              d.phone()));
    }
    List<Visit> visits = visits(rng, records);
    Draft late = draft(rng, ids);
    ArchiveRecord arrival =
        new ArchiveRecord(
            "DA20250001",
            late.name(),
            late.gender(),
            late.idNumber(),
            LocalDate.of(2025, 6, 30),
            late.district()[1],
            late.matter(),
            "浙江省杭州市" + late.district()[1] + late.address(),
            late.phone());
    return new ArchiveTruth(seed, List.copyOf(records), visits, arrival);
  }

  private record Draft(
      String name,
      String gender,
      String idNumber,
      LocalDate registeredOn,
      String[] district,
      String matter,
      String address,
      String phone) {}

  private static Draft draft(SplittableRandom rng, Set<String> ids) {
    boolean male = rng.nextBoolean();
    String[] district = DISTRICTS.get(rng.nextInt(DISTRICTS.size()));
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rng.nextInt(365 * 55));
    String id;
    do {
      id = IdNumbers.of(district[0], birth, rng.nextInt(500) * 2 + (male ? 1 : 0));
    } while (!ids.add(id));
    String name =
        ""
            + SURNAMES.charAt((int) (SURNAMES.length() * Math.pow(rng.nextDouble(), 2)))
            + given(rng);
    return new Draft(
        name,
        male ? "男" : "女",
        id,
        LocalDate.of(2018, 1, 1).plusDays(rng.nextInt(365 * 7)),
        district,
        MATTERS.get(rng.nextInt(MATTERS.size())),
        STREETS[rng.nextInt(STREETS.length)] + (1 + rng.nextInt(400)) + "号",
        "1" + (3 + rng.nextInt(7)) + String.format("%09d", rng.nextInt(1_000_000_000)));
  }

  private static String given(SplittableRandom rng) {
    String one = "" + GIVEN.charAt(rng.nextInt(GIVEN.length()));
    return rng.nextInt(3) == 0 ? one : one + GIVEN.charAt(rng.nextInt(GIVEN.length()));
  }

  /**
   * The visitor log: visits of archived people, with two genuine repeats — one right below its twin
   * (same page) and one a dozen lines further (another page of six).
   */
  private static List<Visit> visits(SplittableRandom rng, List<ArchiveRecord> records) {
    List<Visit> out = new ArrayList<>();
    LocalDate day = LocalDate.of(2025, 3, 3);
    while (out.size() < VISITS - 2) {
      ArchiveRecord r = records.get(rng.nextInt(records.size()));
      out.add(new Visit(day, r.name(), "档案查询", (1 + rng.nextInt(6)) + "号窗口"));
      if (rng.nextInt(3) == 0) {
        day = day.plusDays(1);
      }
    }
    out.add(2, out.get(1));
    out.add(14, out.get(3));
    return List.copyOf(out);
  }
}
