package io.workforce.orchestrator.schedule;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a working-day calendar file an administrator uploads. One date per line, optionally
 * followed by a comma and {@code holiday} (the default) or {@code workday} and an optional note;
 * {@code #} starts a comment.
 *
 * <pre>
 * # 2026 国庆
 * 2026-10-01,holiday,国庆节
 * 2026-10-10,workday,调休上班
 * </pre>
 *
 * Every bad line is reported with its number.
 */
public final class CalendarFile {

  /**
   * @param holidays days off @param workdays weekend days that are working days
   */
  public record Days(Set<LocalDate> holidays, Set<LocalDate> workdays) {}

  private CalendarFile() {}

  public static Days parse(String name, String text) {
    Set<LocalDate> holidays = new TreeSet<>();
    Set<LocalDate> workdays = new TreeSet<>();
    List<FieldProblem> problems = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int hash = line.indexOf('#');
      line = hash >= 0 ? line.substring(0, hash).strip() : line;
      if (line.isEmpty() || line.toLowerCase().startsWith("date")) {
        continue;
      }
      String[] parts = line.split("[,\t;]", 3);
      String where = name + ":" + (i + 1);
      LocalDate date;
      try {
        date = LocalDate.parse(parts[0].strip());
      } catch (DateTimeParseException e) {
        problems.add(
            new FieldProblem(
                where, "'" + parts[0].strip() + "' is not a date", "write dates as 2026-10-01"));
        continue;
      }
      String type = parts.length > 1 ? parts[1].strip().toLowerCase() : "holiday";
      switch (type) {
        case "holiday", "休", "假" -> holidays.add(date);
        case "workday", "班" -> workdays.add(date);
        default ->
            problems.add(
                new FieldProblem(
                    where,
                    "'" + type + "' is neither holiday nor workday",
                    "write holiday or workday"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(
          "calendar-invalid",
          Text.of(
              "日历文件 " + name + " 有 " + problems.size() + " 处错误",
              "calendar file " + name + " has " + problems.size() + " problem(s)"),
          problems);
    }
    return new Days(holidays, workdays);
  }
}
