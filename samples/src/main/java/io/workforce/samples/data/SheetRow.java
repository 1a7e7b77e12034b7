package io.workforce.samples.data;

import java.util.Map;

/**
 * One data row of a clerk's spreadsheet.
 *
 * @param row the row number as the spreadsheet program shows it (the header is row 1)
 * @param cells cell text by column header, in column order
 */
public record SheetRow(int row, Map<String, String> cells) {}
