package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.List;

/**
 * One step of a flow. The set of step types is closed: a {@code switch} over a {@code Step} is
 * exhaustive, so adding a step type makes the compiler list every place that must learn it.
 *
 * <p>Browser steps carry a {@code timeout} that is null when the flow leaves it to the runtime's
 * default.
 */
public sealed interface Step
    permits Open,
        Click,
        Fill,
        Select,
        Check,
        Press,
        Hover,
        Upload,
        Download,
        WaitFor,
        Read,
        ReadTable,
        Extract,
        SetVariables,
        Verify,
        If,
        ForEach,
        RepeatUntil,
        Try,
        Once,
        Call,
        Frame,
        Dialog,
        Tab,
        Screenshot,
        Ocr,
        ReadSheet,
        WriteSheet,
        ReadCsv,
        WriteCsv,
        Http,
        Enqueue,
        Script,
        Log,
        Fail,
        Done,
        Output {

  /** Where the step is in the flow, e.g. {@code steps[3].for_each.steps[1].fill}. */
  String path();

  /** Where the step starts in the file. */
  SourceLocation location();

  /** The step's YAML keyword, e.g. {@code fill} (the last segment of {@link #path()}). */
  default String keyword() {
    String p = path();
    return p.substring(p.lastIndexOf('.') + 1);
  }

  /** Calls the visitor's method for this step's type. */
  <R> R accept(Visitor<R> visitor);

  /** The steps nested in this one (bodies, branches, catch and finally blocks), in file order. */
  default List<Step> children() {
    return List.of();
  }

  /**
   * One method per step type. Java 17 has no pattern {@code switch}; a visitor gives the same
   * guarantee: adding a step type breaks every visitor until it handles the new type.
   *
   * @param <R> what the visit returns
   */
  interface Visitor<R> {
    R visit(Open step);

    R visit(Click step);

    R visit(Fill step);

    R visit(Select step);

    R visit(Check step);

    R visit(Press step);

    R visit(Hover step);

    R visit(Script step);

    R visit(Upload step);

    R visit(Download step);

    R visit(WaitFor step);

    R visit(Read step);

    R visit(ReadTable step);

    R visit(Extract step);

    R visit(SetVariables step);

    R visit(Verify step);

    R visit(If step);

    R visit(ForEach step);

    R visit(RepeatUntil step);

    R visit(Try step);

    R visit(Once step);

    R visit(Call step);

    R visit(Frame step);

    R visit(Dialog step);

    R visit(Tab step);

    R visit(Screenshot step);

    R visit(Ocr step);

    R visit(ReadSheet step);

    R visit(WriteSheet step);

    R visit(ReadCsv step);

    R visit(WriteCsv step);

    R visit(Http step);

    R visit(Enqueue step);

    R visit(Log step);

    R visit(Fail step);

    R visit(Done step);

    R visit(Output step);
  }
}
