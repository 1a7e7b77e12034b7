package io.workforce.orchestrator.queue;

import java.util.List;

/**
 * The result of a spreadsheet import, row by row.
 *
 * @param total data rows read
 * @param added items added
 * @param duplicates rows whose reference was already in the queue
 * @param errors rows refused for bad data
 * @param rows one line per row
 */
public record ImportReport(int total, int added, int duplicates, int errors, List<Row> rows) {

  /**
   * @param row the row number as the spreadsheet shows it (header = 1)
   * @param reference the row's reference
   * @param outcome ADDED, DUPLICATE or ERROR
   * @param itemId the new item, or for a duplicate the existing one
   * @param message for errors and duplicates: what and why
   */
  public record Row(int row, String reference, String outcome, Long itemId, String message) {}
}
