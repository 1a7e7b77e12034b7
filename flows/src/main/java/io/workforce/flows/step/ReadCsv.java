package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code read_csv}: reads a CSV file with a header line into a list of records.
 *
 * @param file the file
 * @param delimiter the field separator (default {@code ,})
 * @param encoding the file's character set (default UTF-8; {@code GBK} for files from older
 *     systems)
 * @param into the variable that receives the list
 */
public record ReadCsv(
    String path,
    SourceLocation location,
    Template file,
    char delimiter,
    String encoding,
    String into)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
