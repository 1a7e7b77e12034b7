package io.workforce.orchestrator.api;

/**
 * Text that people or robots typed, made safe for the CSV files the API exports: a cell starting
 * with {@code = + - @}, a tab or a carriage return would run as a formula when the file is opened
 * in a spreadsheet ("CSV injection"), so such a cell gets a leading apostrophe, which spreadsheets
 * show as plain text.
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * The text, with a leading apostrophe when it would otherwise start a formula; null stays null.
   */
  public static String safe(String s) {
    return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
