package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;
import java.util.List;

/**
 * {@code read}: reads text, input values or attributes of elements into variables, converting them.
 * With {@code fields}, {@code into} becomes a record ({@code ${company.name}}); with a single
 * {@code selector}, {@code into} holds the value itself; with {@code table}, a label/value table
 * becomes a record keyed by its labels.
 *
 * @param into the variable
 * @param fields what to read (one field named like {@code into} when {@code record} is false; empty
 *     with {@code table})
 * @param record whether {@code into} is a record of the fields or a single value
 * @param timeout how long to wait for each element (null = default)
 * @param table a label/value table to read into a record (null = read {@code fields})
 * @param labels with {@code table}: record key → label to keep (empty = every label, as written)
 */
public record Read(
    String path,
    SourceLocation location,
    String into,
    List<Field> fields,
    boolean record,
    Duration timeout,
    Selector table,
    java.util.Map<String, String> labels)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** What of an element is read. */
  public enum Source {
    TEXT,
    VALUE,
    ATTRIBUTE
  }

  /**
   * One value to read.
   *
   * @param name the field name (the record key)
   * @param selector the element
   * @param source its text, its input value, or an attribute
   * @param attribute the attribute name when {@code source} is ATTRIBUTE
   * @param as what the text is converted to
   * @param format the date format for {@code as: date} (null = {@code yyyy-MM-dd})
   * @param required whether a missing element is an error (false = the value is null)
   * @param location where it is written
   */
  public record Field(
      String name,
      Selector selector,
      Source source,
      String attribute,
      ValueType as,
      String format,
      boolean required,
      SourceLocation location) {}
}
