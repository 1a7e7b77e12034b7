package io.workforce.samples.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the archive system holds, and what each of its lists and tables must read as: the exact
 * records a robot has to return, in page order, keyed by the header texts the page shows.
 *
 * @param seed the seed it was generated from
 * @param records the archive's files, in archive-number order (the order of every list)
 * @param visits the visitor log, in the order the log shows it (two genuine repeats in it)
 * @param arrival the record that arrives while the changing list is read (see {@link
 *     #changedRows()})
 */
public record ArchiveTruth(
    long seed, List<ArchiveRecord> records, List<Visit> visits, ArchiveRecord arrival) {

  /** The columns of every record list, as their headers read. */
  public static final List<String> LIST_COLUMNS = List.of("档案号", "姓名", "性别", "登记日期", "区县", "事项");

  /** The data of a seed. */
  public static ArchiveTruth generate(long seed) {
    return ArchiveGenerator.generate(seed);
  }

  /** Every record as a list row: header text → cell text. */
  public List<Map<String, String>> listRows() {
    return records.stream().map(ArchiveTruth::listRow).toList();
  }

  /** The first {@code n} records as list rows (the header-style tables show eight). */
  public List<Map<String, String>> listRows(int n) {
    return listRows().subList(0, Math.min(n, records.size()));
  }

  static Map<String, String> listRow(ArchiveRecord r) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("档案号", r.no());
    row.put("姓名", r.name());
    row.put("性别", r.gender());
    row.put("登记日期", r.registeredOn().toString());
    row.put("区县", r.district());
    row.put("事项", r.matter());
    return row;
  }

  /**
   * The statistics table with merged cells, expanded into the grid: one row per district and matter
   * (the district repeated down its merged cell), then the total row whose merged 合计 fills the
   * first two columns. Keys are the two header rows joined: 区县, 事项, 性别/男, 性别/女, 合计.
   */
  public List<Map<String, String>> summaryRows() {
    List<Map<String, String>> out = new ArrayList<>();
    int[] all = new int[2];
    for (Summary.Group g : Summary.of(records)) {
      for (Summary.Line line : g.lines()) {
        out.add(summaryRow(g.district(), line.matter(), line.male(), line.female()));
        all[0] += line.male();
        all[1] += line.female();
      }
    }
    out.add(summaryRow("合计", "合计", all[0], all[1]));
    return out;
  }

  private static Map<String, String> summaryRow(String district, String matter, int m, int f) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("区县", district);
    row.put("事项", matter);
    row.put("性别/男", String.valueOf(m));
    row.put("性别/女", String.valueOf(f));
    row.put("合计", String.valueOf(m + f));
    return row;
  }

  /** The detail page's label/value table of a record: label (without colon and spaces) → value. */
  public static Map<String, String> detail(ArchiveRecord r) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("档案号", r.no());
    d.put("姓名", r.name());
    d.put("性别", r.gender());
    d.put("身份证号", r.idNumber());
    d.put("登记日期", r.registeredOn().toString());
    d.put("区县", r.district());
    d.put("事项", r.matter());
    d.put("住址", r.address());
    d.put("联系电话", r.phone());
    return d;
  }

  /** The visitor log as rows: 来访日期, 姓名, 事项, 窗口 — repeats included, in log order. */
  public List<Map<String, String>> visitRows() {
    return visits.stream()
        .map(
            v -> {
              Map<String, String> row = new LinkedHashMap<>();
              row.put("来访日期", v.date().toString());
              row.put("姓名", v.name());
              row.put("事项", v.matter());
              row.put("窗口", v.window());
              return row;
            })
        .toList();
  }

  /**
   * The changing list ({@code changing.do}) once its second page has been asked for: the arrival on
   * top, then every record.
   */
  public List<Map<String, String>> changedRows() {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(listRow(arrival));
    out.addAll(listRows());
    return out;
  }

  /** The record with this archive number, or null. */
  public ArchiveRecord record(String no) {
    return records.stream().filter(r -> r.no().equals(no)).findFirst().orElse(null);
  }
}
