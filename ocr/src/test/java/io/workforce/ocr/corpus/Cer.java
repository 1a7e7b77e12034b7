package io.workforce.ocr.corpus;

import java.text.Normalizer;

/**
 * Character error rate: edit distance between truth and read over the truth's length. Both sides
 * are NFKC-normalised (full-width {@code ：，（）} equal their ASCII forms), runs of spaces count as
 * one, and spaces next to a Chinese character are ignored (Chinese has no word spaces).
 */
public final class Cer {

  private Cer() {}

  public static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").trim();
    return n.replaceAll("(?<=[\\p{IsHan}]) | (?=[\\p{IsHan}])", "");
  }

  /** Edit distance between the normalised strings. */
  public static int errors(String truth, String read) {
    return distance(normalise(truth), normalise(read));
  }

  /** Length of the normalised truth. */
  public static int length(String truth) {
    return normalise(truth).length();
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
