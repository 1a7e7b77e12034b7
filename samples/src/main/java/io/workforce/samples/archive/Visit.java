package io.workforce.samples.archive;

import java.time.LocalDate;

/**
 * One line of the archive's visitor log (来访登记): no number of its own, so two visits of the same
 * person for the same matter on the same day at the same window are two equal rows — genuinely two
 * records.
 *
 * @param date the day of the visit
 * @param name the visitor
 * @param matter what the visit was about
 * @param window the service window, e.g. 3号窗口
 */
public record Visit(LocalDate date, String name, String matter, String window) {}
