package io.workforce.demo;

/** The demo's console text: Chinese by default, English with {@code WORKFORCE_LANG=en}. */
final class Text {

  private Text() {}

  static boolean english() {
    return "en".equalsIgnoreCase(System.getenv().getOrDefault("WORKFORCE_LANG", "zh"));
  }

  /** {@code zh} or {@code en}, whichever the user reads. */
  static String say(String zh, String en) {
    return english() ? en : zh;
  }
}
