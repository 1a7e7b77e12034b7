package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.List;

/**
 * {@code write_sheet}: writes a list of records to an xlsx sheet (a header row, then one row per
 * record).
 *
 * @param file the workbook (created when missing)
 * @param sheet the sheet name (null = {@code Sheet1})
 * @param rows the list of records (an expression)
 * @param columns the record keys written, in order (empty = the keys of the first record)
 * @param append add rows below the existing ones instead of replacing the sheet
 */
public record WriteSheet(
    String path,
    SourceLocation location,
    Template file,
    Template sheet,
    Template rows,
    List<String> columns,
    boolean append)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
