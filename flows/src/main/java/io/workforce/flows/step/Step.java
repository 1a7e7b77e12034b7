package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.List;

/**
 * One step of a flow. The set of step types is closed: a {@code switch} over a {@code Step} is exhaustive,
 * so adding a step type makes the compiler list every place that must learn it.
 *
 * <p>Browser steps carry a {@code timeout} that is null when the flow leaves it to the runtime's default.
 */
public sealed interface Step
    permits Open, Click, Fill, Select, Check, Press, Hover, Upload, Download, WaitFor, Read, ReadTable,
        Extract, SetVariables, Verify, If, ForEach, RepeatUntil, Try, Call, Frame, Dialog, Tab, Screenshot,
        Ocr, ReadSheet, WriteSheet, ReadCsv, WriteCsv, Http, Log, Fail, Output {

  /** Where the step is in the flow, e.g. {@code steps[3].for_each.steps[1].fill}. */
  String path();

  /** Where the step starts in the file. */
  SourceLocation location();

  /** The step's YAML keyword, e.g. {@code fill} (the last segment of {@link #path()}). */
  default String keyword() {
    String p = path();
    return p.substring(p.lastIndexOf('.') + 1);
  }

  /** The steps nested in this one (bodies, branches, catch and finally blocks), in file order. */
  default List<Step> children() {
    return List.of();
  }
}
