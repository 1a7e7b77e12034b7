package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;
import java.util.List;

/**
 * {@code read_table}: reads the rows of an HTML table into a list of records, following pagination.
 *
 * @param selector the {@code <table>} (or the element holding the rows)
 * @param rows selector of a row inside it (default {@code tbody tr}, or {@code tr} without tbody)
 * @param into the variable that receives the list
 * @param columns the columns to keep; empty = every column, keyed by its header text
 * @param pagination how to get to the next page
 * @param limit the most rows to read, across pages
 * @param timeout how long to wait for the table and each page (null = default)
 */
public record ReadTable(
    String path,
    SourceLocation location,
    Selector selector,
    Selector rows,
    String into,
    List<Column> columns,
    Pagination pagination,
    int limit,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * One column to keep.
   *
   * @param name the record key
   * @param header the header text to find the column by (null when {@code index} is used)
   * @param index the 1-based column number (0 when {@code header} is used)
   * @param as what the cell text is converted to
   * @param format the date format for {@code as: date}
   * @param location where it is written
   */
  public record Column(
      String name,
      String header,
      int index,
      ValueType as,
      String format,
      SourceLocation location) {}

  /** How to reach the next page. */
  public sealed interface Pagination {}

  /** One page only. */
  public record SinglePage() implements Pagination {}

  /** Click this button/link until it is gone or disabled ({@code next}). */
  public record NextButton(Selector selector) implements Pagination {}

  /** Click each page link in turn ({@code pages}); links already visited are skipped. */
  public record PageLinks(Selector selector) implements Pagination {}

  /** Scroll to the bottom until no new rows appear ({@code scroll: true}). */
  public record InfiniteScroll() implements Pagination {}
}
