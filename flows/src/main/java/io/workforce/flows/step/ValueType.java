package io.workforce.flows.step;

/** What a read text is converted to (YAML {@code as}). */
public enum ValueType {
  /** The text, trimmed. */
  TEXT,
  /** A whole number ({@code Long}); thousands separators and full-width digits are accepted. */
  INTEGER,
  /**
   * A decimal ({@code BigDecimal}); thousands separators, full-width digits and 万/亿 are accepted.
   */
  DECIMAL,
  /**
   * A date ({@code LocalDate}) read with the step's {@code format} (default {@code yyyy-MM-dd}).
   */
  DATE
}
