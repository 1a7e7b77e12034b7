package io.workforce.samples.data;

import java.util.List;

/**
 * The right results of the three sample flows on a fresh set of systems.
 *
 * @param syncRegistrations one entry per new registration (the queue's items)
 * @param sheetRows one entry per row of the clean spreadsheet
 * @param dirtySheetRows one entry per row of the dirty spreadsheet
 * @param discrepancies every child whose health record differs, over all children of the data set
 *     (those filed before and those in the spreadsheets); the report lists those the intake system
 *     holds
 */
public record Expectations(
    List<ExpectedFiling> syncRegistrations,
    List<ExpectedRow> sheetRows,
    List<ExpectedRow> dirtySheetRows,
    List<ExpectedDiscrepancy> discrepancies) {}
