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
   * @param key the columns that tell rows apart for people (YAML {@code key}; empty = the first
   *     column)
   */
  record File(
      FileFormat format,
      String sheet,
      int headerRow,
      List<String> columns,
      List<FormField> fields,
      List<String> key,
      SourceLocation location)
      implements FlowInput {

    public File {
      fields = fields == null ? List.of() : List.copyOf(fields);
      key = key == null ? List.of() : List.copyOf(key);
    }
  }

  /**
   * Named fields a clerk fills in when starting the flow; one run is one item.
   *
   * @param fields the fields, in file order
   * @param key the fields that tell runs apart for people (YAML {@code key}; empty = the first
   *     field)
   */
  record Form(List<FormField> fields, List<String> key, SourceLocation location)
      implements FlowInput {

    public Form {
      fields = List.copyOf(fields);
      key = key == null ? List.of() : List.copyOf(key);
    }

    /** A form whose key is its first field. */
    public Form(List<FormField> fields, SourceLocation location) {
      this(fields, List.of(), location);
    }
  }

  /** The file formats of {@link File}. */
  enum FileFormat {
    XLSX,
    CSV
  }
}
