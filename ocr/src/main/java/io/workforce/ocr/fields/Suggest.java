package io.workforce.ocr.fields;

import java.util.List;
import java.util.Locale;

/** "Did you mean": the known name closest to a misspelt one. */
final class Suggest {

  private Suggest() {}

  /** The closest name within an edit distance of 3, or null. */
  static String closest(String given, List<String> known) {
    if (given == null) {
      return null;
    }
    String g = given.toLowerCase(Locale.ROOT).replace('-', '_');
    String best = null;
    int bestDistance = 4;
    for (String k : known) {
      int d = distance(g, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
      }
    }
    return d[a.length()][b.length()];
  }
}
