package io.workforce.samples;

/** Chinese by default; English when {@code WORKFORCE_LANG=en}. */
final class Lang {

  private Lang() {}

  static boolean english() {
    return "en".equalsIgnoreCase(System.getenv("WORKFORCE_LANG"));
  }

  static String say(String zh, String en) {
    return english() ? en : zh;
  }
}
