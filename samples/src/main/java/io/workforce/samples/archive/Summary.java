package io.workforce.samples.archive;

import java.util.ArrayList;
import java.util.List;

/** Counts of records per district and matter, by gender: the data of the merged-cell table. */
final class Summary {

  record Line(String matter, int male, int female) {}

  record Group(String district, List<Line> lines) {}

  private Summary() {}

  /** Districts in code order, each with the matters it has records of (in matter order). */
  static List<Group> of(List<ArchiveRecord> records) {
    List<Group> out = new ArrayList<>();
    for (String[] d : ArchiveGenerator.DISTRICTS) {
      List<Line> lines = new ArrayList<>();
      for (String matter : ArchiveGenerator.MATTERS) {
        int m = 0;
        int f = 0;
        for (ArchiveRecord r : records) {
          if (r.district().equals(d[1]) && r.matter().equals(matter)) {
            if ("男".equals(r.gender())) {
              m++;
            } else {
              f++;
            }
          }
        }
        if (m + f > 0) {
          lines.add(new Line(matter, m, f));
        }
      }
      if (!lines.isEmpty()) {
        out.add(new Group(d[1], List.copyOf(lines)));
      }
    }
    return out;
  }
}
