package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;
import java.util.List;

/**
 * {@code read_table}: reads the rows of an HTML table (merged cells expanded into the grid) into a
 * list of records, following pagination, so that every record of the list is read exactly once — or
 * the step fails.
 *
 * @param selector the {@code <table>} (or the element holding the rows)
 * @param rows selector of the rows inside it (CSS, XPath or role=; null = the table's own rows)
 * @param into the variable that receives the list
 * @param columns the columns to keep; empty = every column, keyed by its header text
 * @param pagination how to get to the next page
 * @param limit the most rows to read, across pages (0 = no limit set: more than {@link
 *     #DEFAULT_CAP} rows is an error)
 * @param timeout how long to wait for the table and each page (null = default)
 * @param header which rows are the header: {@link #HEADER_AUTO}, {@link #HEADER_NONE}, or the
 *     1-based row number of the header row
 * @param key the columns (names from {@code columns}, or header texts) that tell records apart;
 *     empty = every cell of the row
 * @param duplicates what a record already read on an earlier page means
 * @param current where the pager shows the current page number (null = found in the pager)
 * @param total where the page shows how many records the list has (null = not checked)
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
    Duration timeout,
    int header,
    List<String> key,
    Duplicates duplicates,
    Selector current,
    Selector total)
    implements Step {

  /** {@code header: auto}: found by the documented rules. */
  public static final int HEADER_AUTO = -1;

  /** {@code header: none}: every row is a record; columns are col1, col2, … */
  public static final int HEADER_NONE = 0;

  /** Rows read without a {@code limit} beyond which the step fails rather than guess. */
  public static final int DEFAULT_CAP = 10_000;

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** What a record that was already read on an earlier page means. */
  public enum Duplicates {
    /** The list moved or a page came twice: the step fails (default). */
    FAIL,
    /** Equal records are genuinely in the data: keep them all. */
    KEEP
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

  /**
   * Click this button or link until it is gone, disabled or no longer clickable ({@code next}); a
   * list that appends to the same table (加载更多) is recognised.
   */
  public record NextButton(Selector selector) implements Pagination {}

  /**
   * Click the link whose text is the next page number, read from the pager again after every turn
   * ({@code pages}).
   */
  public record PageLinks(Selector selector) implements Pagination {}

  /** Scroll to the bottom until no new rows appear ({@code scroll: true}). */
  public record InfiniteScroll() implements Pagination {}
}
