package io.workforce.flows;

/**
 * Where a node of a flow file starts: the file (as the user named it), its 1-based line and 1-based
 * column.
 *
 * @param file the source name, e.g. {@code flows/sync.yaml}
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

  /** The start of a file, for problems that concern the whole file. */
  public static SourceLocation start(String file) {
    return new SourceLocation(file, 1, 1);
  }

  /** {@code file:line:col}, the form editors and terminals turn into links. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
