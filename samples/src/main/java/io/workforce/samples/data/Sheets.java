package io.workforce.samples.data;

import io.workforce.samples.data.ExpectedRow.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clerk's spreadsheets of subsidy applications: a clean one, and a dirty one with full-width
 * digits, trailing spaces, an invalid ID number and a duplicate row — with the right outcome of
 * every row.
 */
public final class Sheets {

  /** Column headers, in order, as the community office's template has them. */
  public static final List<String> HEADERS =
      List.of(
          "序号", "申请人姓名", "申请人身份证号", "与儿童关系", "手机号码", "儿童姓名", "儿童身份证号", "儿童性别", "出生日期", "户籍省份",
          "户籍城市", "户籍区县", "详细地址");

  /** Dirty-sheet positions (0-based among the base children) and what is wrong with them. */
  static final int FULL_WIDTH = 1;

  static final int TRAILING_SPACES = 3;
  static final int INVALID_ID = 5;
  static final int DUPLICATED = 7;

  private Sheets() {}

  static List<SheetRow> clean(List<Child> children) {
    List<SheetRow> rows = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      rows.add(new SheetRow(i + 2, cells(i + 1, children.get(i))));
    }
    return rows;
  }

  static List<SheetRow> dirty(List<Child> children) {
    List<SheetRow> rows = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Map<String, String> cells = cells(i + 1, children.get(i));
      switch (i) {
        case FULL_WIDTH -> {
          cells.put("儿童身份证号", fullWidth(cells.get("儿童身份证号")));
          cells.put("手机号码", fullWidth(cells.get("手机号码")));
        }
        case TRAILING_SPACES -> {
          cells.put("申请人姓名", cells.get("申请人姓名") + "  ");
          cells.put("儿童姓名", cells.get("儿童姓名") + " ");
        }
        case INVALID_ID -> cells.put("儿童身份证号", withWrongCheck(cells.get("儿童身份证号")));
        default -> {}
      }
      rows.add(new SheetRow(i + 2, cells));
    }
    Map<String, String> copy = new LinkedHashMap<>(rows.get(DUPLICATED).cells());
    copy.put("序号", String.valueOf(rows.size() + 1));
    rows.add(new SheetRow(rows.size() + 2, copy));
    return rows;
  }

  static List<ExpectedRow> expectedClean(List<Child> children) {
    List<ExpectedRow> rows = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      Child c = children.get(i);
      rows.add(
          new ExpectedRow(
              i + 2, Outcome.ENTERED, "", c.child().idNumber(), ApplicationFields.of(c)));
    }
    return rows;
  }

  static List<ExpectedRow> expectedDirty(List<Child> children) {
    List<ExpectedRow> rows = new ArrayList<>(expectedClean(children));
    Child bad = children.get(INVALID_ID);
    rows.set(
        INVALID_ID,
        new ExpectedRow(
            INVALID_ID + 2, Outcome.REJECTED, "儿童身份证号校验位错误", bad.child().idNumber(), Map.of()));
    Child twice = children.get(DUPLICATED);
    rows.add(
        new ExpectedRow(
            children.size() + 2,
            Outcome.DUPLICATE,
            "该儿童已受理（与第" + (DUPLICATED + 2) + "行重复）",
            twice.child().idNumber(),
            ApplicationFields.of(twice)));
    return rows;
  }

  private static Map<String, String> cells(int number, Child c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("序号", String.valueOf(number));
    m.put("申请人姓名", c.guardian().name());
    m.put("申请人身份证号", c.guardian().idNumber());
    m.put("与儿童关系", c.relation());
    m.put("手机号码", c.guardian().phone());
    m.put("儿童姓名", c.child().name());
    m.put("儿童身份证号", c.child().idNumber());
    m.put("儿童性别", c.child().gender());
    m.put("出生日期", c.child().birthDate().toString());
    m.put("户籍省份", c.address().province());
    m.put("户籍城市", c.address().city());
    m.put("户籍区县", c.address().district());
    m.put("详细地址", c.address().detail());
    return m;
  }

  /** Digits and X as a Chinese input method types them in full-width mode: ０-９ and Ｘ. */
  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      sb.append(ch >= '0' && ch <= '9' || ch == 'X' ? (char) (ch + 0xFEE0) : ch);
    }
    return sb.toString();
  }

  private static String withWrongCheck(String id) {
    char right = id.charAt(17);
    char wrong = right == '9' ? '3' : right == 'X' ? '7' : (char) (right + 1);
    return id.substring(0, 17) + wrong;
  }
}
