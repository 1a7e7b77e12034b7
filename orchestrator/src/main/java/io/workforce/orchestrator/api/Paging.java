package io.workforce.orchestrator.api;

/**
 * A checked page request: page ≥ 0 (at most {@value #MAX_PAGE}), size 1–max. Bad values are a 400
 * naming the parameter, never a database error.
 *
 * @param page 0-based page number
 * @param size rows per page
 */
public record Paging(int page, int size) {

  public static final int MAX_PAGE = 1_000_000;

  /** Checks {@code page} and {@code size} against {@code maxSize}. */
  public static Paging of(int page, int size, int maxSize) {
    if (page < 0 || page > MAX_PAGE) {
      throw InvalidRequestException.field(
          "page",
          "页码须在 0-" + MAX_PAGE + " 之间 (收到 " + page + ")",
          "must be 0-" + MAX_PAGE + " (got " + page + ")");
    }
    if (size < 1 || size > maxSize) {
      throw InvalidRequestException.field(
          "size",
          "每页条数须在 1-" + maxSize + " 之间 (收到 " + size + ")",
          "must be 1-" + maxSize + " (got " + size + ")");
    }
    return new Paging(page, size);
  }

  /** A checked limit: 1–max, a 400 naming the parameter otherwise. */
  public static int limit(String name, int value, int max) {
    if (value < 1 || value > max) {
      throw InvalidRequestException.field(
          name,
          "须在 1-" + max + " 之间 (收到 " + value + ")",
          "must be 1-" + max + " (got " + value + ")");
    }
    return value;
  }

  /**
   * {@code " LIMIT n OFFSET m"} for the end of a query (both numbers checked, so safe to inline).
   */
  public String sql() {
    return " LIMIT " + size + " OFFSET " + ((long) page * size);
  }
}
