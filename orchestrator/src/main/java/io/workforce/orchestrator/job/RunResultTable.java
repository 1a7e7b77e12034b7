package io.workforce.orchestrator.job;

import java.util.List;

/**
 * A run's result as people read it, the same table as the result file: one row per item that ended
 * ({@code #}, its inputs, outcome, reason, its outputs), under the labels the flow declares, in the
 * caller's language.
 *
 * @param columns the column titles
 * @param rows one list of texts per item, as long as the columns, in the order the items ended
 */
public record RunResultTable(List<String> columns, List<List<String>> rows) {}
