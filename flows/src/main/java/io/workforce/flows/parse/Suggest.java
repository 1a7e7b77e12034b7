package io.workforce.flows.parse;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?": the closest known word to a misspelt one, if any is close enough. */
final class Suggest {

  private Suggest() {}

  /** The closest candidate, or null when none is close. */
  static String closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT).replace('-', '_');
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String c : candidates) {
      int score = score(w, c.toLowerCase(Locale.ROOT));
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    int allowed = Math.max(1, Math.min(3, w.length() / 3));
    return bestScore <= allowed ? best : null;
  }

  private static int score(String w, String c) {
    if (w.equals(c)) {
      return 0;
    }
    // "wait" for "wait_for", "readtable" for "read_table": a prefix or a spelling without _ is
    // close.
    if (c.replace("_", "").equals(w.replace("_", "")) || w.length() >= 3 && c.startsWith(w)) {
      return 1;
    }
    return distance(w, c);
  }

  /** Levenshtein distance with transpositions counted as one edit. */
  static int distance(String a, String b) {
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
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
