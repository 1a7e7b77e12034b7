package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.List;

/**
 * {@code write_csv}: writes a list of records to a CSV file with a header line.
 *
 * @param file the file
 * @param rows the list of records (an expression)
 * @param columns the record keys written, in order (empty = the keys of the first record)
 * @param delimiter the field separator (default {@code ,})
 * @param encoding the character set (default UTF-8)
 * @param append add lines to an existing file (no second header)
 */
public record WriteCsv(
    String path,
    SourceLocation location,
    Template file,
    Template rows,
    List<String> columns,
    char delimiter,
    String encoding,
    boolean append)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
