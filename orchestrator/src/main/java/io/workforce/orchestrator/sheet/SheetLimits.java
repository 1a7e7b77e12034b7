package io.workforce.orchestrator.sheet;

import io.workforce.orchestrator.config.WorkforceProperties;

/**
 * What one reading of a spreadsheet may hold.
 *
 * @param maxRows the most data rows (below the header)
 * @param maxRowsSetting the setting that holds {@code maxRows}, named in the refusal
 * @param maxCells the most cells, and the most shared strings of an xlsx
 * @param maxSharedStringsBytes the largest shared-strings part of an xlsx, uncompressed
 */
public record SheetLimits(
    int maxRows, String maxRowsSetting, int maxCells, long maxSharedStringsBytes) {

  /** The limits of a job's input file. */
  public static SheetLimits forJobFiles(WorkforceProperties properties) {
    WorkforceProperties.Spreadsheets s = properties.spreadsheets();
    return new SheetLimits(
        s.maxRows(),
        "workforce.spreadsheets.max-rows",
        s.maxCells(),
        s.maxSharedStrings().toBytes());
  }

  /** The limits of a queue import. */
  public static SheetLimits forQueueImports(WorkforceProperties properties) {
    WorkforceProperties.Spreadsheets s = properties.spreadsheets();
    return new SheetLimits(
        properties.queues().importMaxRows(),
        "workforce.queues.import-max-rows",
        s.maxCells(),
        s.maxSharedStrings().toBytes());
  }
}
