package io.workforce.flows;

import java.util.List;

/**
 * Where a flow's items come from (YAML key {@code input}). Each item is visible to expressions as
 * {@code ${item.<field>}}.
 */
public sealed interface FlowInput {

  /** Where the input is declared (the start of the file when the flow has no {@code input}). */
  SourceLocation location();

  /** No input: the flow runs once, with an empty {@code item}. */
  record None(SourceLocation location) implements FlowInput {}

  /**
   * Items from an orchestrator work queue.
   *
   * @param queue the queue's name
   */
  record Queue(String queue, SourceLocation location) implements FlowInput {}

  /**
   * Items are the rows of a spreadsheet or CSV file the clerk (or the schedule) hands in when
   * starting.
   *
   * @param format xlsx or csv
   * @param sheet sheet name (xlsx only; null = first sheet)
   * @param headerRow 1-based row that holds the column names
   * @param columns the column names the flow relies on (empty = not declared, not checked)
   * @param fields values given once at start ({@code --set}, the start form) and added to every
   *     row, in file order (YAML {@code fields}; empty when none)
   */
  record File(
      FileFormat format,
      String sheet,
      int headerRow,
      List<String> columns,
      List<FormField> fields,
      SourceLocation location)
      implements FlowInput {

    public File {
      fields = fields == null ? List.of() : List.copyOf(fields);
    }
  }

  /**
   * Named fields a clerk fills in when starting the flow; one run is one item.
   *
   * @param fields the fields, in file order
   */
  record Form(List<FormField> fields, SourceLocation location) implements FlowInput {}

  /** The file formats of {@link File}. */
  enum FileFormat {
    XLSX,
    CSV
  }
}
