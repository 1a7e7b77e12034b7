package io.workforce.ocr.fields;

/** Removes a leading label such as {@code 注册资本：} or {@code ID:} from a compact (NFKC) text. */
final class Labels {

  private Labels() {}

  static String strip(String compact) {
    int colon = compact.lastIndexOf(':');
    return colon < 0 ? compact : compact.substring(colon + 1);
  }
}
