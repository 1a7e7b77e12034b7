package io.workforce.samples.data;

import java.util.Map;

/**
 * What {@code enter-from-spreadsheet} must do with one spreadsheet row.
 *
 * @param row the row number (header = row 1)
 * @param outcome entered, rejected (bad data, reported, not entered) or duplicate (already filed)
 * @param reason why a row is rejected or duplicate (empty when entered)
 * @param childId the child's correct ID number
 * @param fields what the intake system must hold for the row's child afterwards (after normalising
 *     full-width digits and spaces); empty for a rejected row
 */
public record ExpectedRow(
    int row, Outcome outcome, String reason, String childId, Map<String, String> fields) {

  /** What happens to a row. */
  public enum Outcome {
    ENTERED,
    REJECTED,
    DUPLICATE
  }
}
