package io.workforce.samples.registry;

import io.workforce.samples.data.Company;
import io.workforce.samples.web.Request;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The registry's search form: establishment date range, district, a name-or-code keyword, and the
 * page number that the old pager posts in a hidden field.
 */
record SearchQuery(String from, String to, String district, String keyword, int page) {

  static final int PAGE_SIZE = 15;

  static SearchQuery of(Request r) {
    return new SearchQuery(
        r.text("clrqStart"),
        r.text("clrqEnd"),
        r.text("ssqx"),
        r.text("qymc"),
        Math.max(1, r.intParam("pageNo", 1)));
  }

  /** A message for a malformed date, or null when the form is fine. */
  String problem() {
    for (String d : List.of(from, to)) {
      if (!d.isEmpty()) {
        try {
          LocalDate.parse(d);
        } catch (DateTimeParseException e) {
          return "日期格式不正确：" + d + "（应为 yyyy-MM-dd，例如 2025-06-01）";
        }
      }
    }
    return null;
  }

  /** Matching companies, newest first (then by credit code, so that pages are stable). */
  List<Company> filter(List<Company> companies) {
    LocalDate start = from.isEmpty() ? LocalDate.MIN : LocalDate.parse(from);
    LocalDate end = to.isEmpty() ? LocalDate.MAX : LocalDate.parse(to);
    List<Company> hits = new ArrayList<>();
    for (Company c : companies) {
      if (c.establishedOn().isBefore(start) || c.establishedOn().isAfter(end)) {
        continue;
      }
      if (!district.isEmpty() && !district.equals(c.address().districtCode())) {
        continue;
      }
      if (!keyword.isEmpty()
          && !c.name().contains(keyword)
          && !c.creditCode().equalsIgnoreCase(keyword)) {
        continue;
      }
      hits.add(c);
    }
    hits.sort(
        Comparator.comparing(Company::establishedOn).reversed().thenComparing(Company::creditCode));
    return hits;
  }

  static int pages(int total) {
    return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** The rows of page {@code page} (clamped to the last page). */
  static List<Company> page(List<Company> hits, int page) {
    int p = Math.min(page, pages(hits.size()));
    int from = (p - 1) * PAGE_SIZE;
    return hits.subList(Math.min(from, hits.size()), Math.min(from + PAGE_SIZE, hits.size()));
  }
}
