package io.workforce.samples.data;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One health check (体检) in a child's health record.
 *
 * @param date day of the check
 * @param stage e.g. 满月, 3月龄, 1岁
 * @param heightCm body length/height in cm, one decimal
 * @param weightKg weight in kg, one decimal
 * @param result 正常 or a short finding
 * @param doctor the examining doctor
 */
public record Checkup(
    LocalDate date,
    String stage,
    BigDecimal heightCm,
    BigDecimal weightKg,
    String result,
    String doctor) {}
