package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code read_sheet}: reads an xlsx sheet into a list of records keyed by the header row.
 *
 * @param file the workbook
 * @param sheet the sheet name (null = the first sheet)
 * @param headerRow the 1-based row with the column names
 * @param into the variable that receives the list
 */
public record ReadSheet(
    String path, SourceLocation location, Template file, Template sheet, int headerRow, String into)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
