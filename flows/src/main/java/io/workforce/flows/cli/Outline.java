package io.workforce.flows.cli;

import io.workforce.flows.step.Call;
import io.workforce.flows.step.Check;
import io.workforce.flows.step.Click;
import io.workforce.flows.step.Dialog;
import io.workforce.flows.step.Done;
import io.workforce.flows.step.Download;
import io.workforce.flows.step.Enqueue;
import io.workforce.flows.step.Extract;
import io.workforce.flows.step.Fail;
import io.workforce.flows.step.Fill;
import io.workforce.flows.step.ForEach;
import io.workforce.flows.step.Frame;
import io.workforce.flows.step.Hover;
import io.workforce.flows.step.Http;
import io.workforce.flows.step.If;
import io.workforce.flows.step.Log;
import io.workforce.flows.step.Ocr;
import io.workforce.flows.step.Once;
import io.workforce.flows.step.Open;
import io.workforce.flows.step.Output;
import io.workforce.flows.step.Press;
import io.workforce.flows.step.Read;
import io.workforce.flows.step.ReadCsv;
import io.workforce.flows.step.ReadSheet;
import io.workforce.flows.step.ReadTable;
import io.workforce.flows.step.RepeatUntil;
import io.workforce.flows.step.Screenshot;
import io.workforce.flows.step.Script;
import io.workforce.flows.step.Select;
import io.workforce.flows.step.SetVariables;
import io.workforce.flows.step.Step;
import io.workforce.flows.step.Tab;
import io.workforce.flows.step.Try;
import io.workforce.flows.step.Upload;
import io.workforce.flows.step.Verify;
import io.workforce.flows.step.WaitFor;
import io.workforce.flows.step.WriteCsv;
import io.workforce.flows.step.WriteSheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One line per step for {@code flow explain}: the keyword and what it acts on. */
final class Outline implements Step.Visitor<String> {

  static final Outline INSTANCE = new Outline();

  /** Steps in a list, nested ones included. */
  static int count(List<Step> steps) {
    return steps.stream().mapToInt(s -> 1 + count(s.children())).sum();
  }

  /**
   * The labelled blocks nested in a step ({@code then}, {@code else}, {@code catch}…), in file
   * order.
   */
  static Map<String, List<Step>> blocks(Step step) {
    Map<String, List<Step>> out = new LinkedHashMap<>();
    if (step instanceof If s) {
      out.put("then", s.then());
      out.put("else", s.otherwise());
    } else if (step instanceof Try s) {
      out.put("steps", s.steps());
      out.put("catch", s.catchSteps());
      out.put("finally", s.finallySteps());
    } else if (step instanceof Once s) {
      out.put("steps", s.steps());
      out.put("lookup", s.lookup());
    } else if (!step.children().isEmpty()) {
      out.put("steps", step.children());
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  private static String into(String var) {
    return var == null ? "" : " → " + var;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String visit(Open s) {
    return "open " + (s.system() == null ? "" : s.system() + " ") + s.url();
  }

  @Override
  public String visit(Click s) {
    return (s.doubleClick() ? "double-click " : "click ") + s.selector();
  }

  @Override
  public String visit(Fill s) {
    return "fill "
        + s.fields().stream()
            .map(f -> f.selector() + " = " + f.value())
            .collect(Collectors.joining(", "));
  }

  @Override
  public String visit(Select s) {
    return "select " + s.selector() + " " + lower(s.by()) + " " + s.option();
  }

  @Override
  public String visit(Check s) {
    return (s.checked() ? "check " : "uncheck ") + s.selector();
  }

  @Override
  public String visit(Press s) {
    return "press " + s.key() + (s.selector() == null ? "" : " on " + s.selector());
  }

  @Override
  public String visit(Hover s) {
    return "hover " + s.selector();
  }

  @Override
  public String visit(Script s) {
    String first = s.code().strip().lines().findFirst().orElse("");
    return "script "
        + (first.length() > 40 ? first.substring(0, 40) + "…" : first)
        + (s.selector() == null ? "" : " on " + s.selector())
        + into(s.into());
  }

  @Override
  public String visit(Upload s) {
    return "upload " + s.files() + " to " + s.selector();
  }

  @Override
  public String visit(Download s) {
    return "download via " + s.selector() + " to " + s.saveAs() + into(s.into());
  }

  @Override
  public String visit(WaitFor s) {
    WaitFor.Condition c = s.condition();
    String what =
        c instanceof WaitFor.TextShown t
            ? "text " + t.text()
            : c instanceof WaitFor.UrlMatches u
                ? "url " + u.url()
                : c instanceof WaitFor.Gone g
                    ? "gone " + g.selector()
                    : c instanceof WaitFor.Visible v ? String.valueOf(v.selector()) : "?";
    return "wait_for " + what;
  }

  @Override
  public String visit(Read s) {
    if (s.table() != null) {
      return "read table " + s.table() + into(s.into());
    }
    return "read "
        + s.fields().stream()
            .map(f -> s.record() ? f.name() : String.valueOf(f.selector()))
            .collect(Collectors.joining(", "))
        + into(s.into());
  }

  @Override
  public String visit(ReadTable s) {
    return "read_table "
        + s.selector()
        + " ("
        + s.pagination().getClass().getSimpleName()
        + (s.limit() > 0 ? ", limit " + s.limit() : "")
        + ")"
        + into(s.into());
  }

  @Override
  public String visit(Extract s) {
    return "extract /" + s.pattern() + "/ from " + s.from() + into(s.into());
  }

  @Override
  public String visit(SetVariables s) {
    return "set "
        + s.assignments().stream()
            .map(a -> a.name() + " = " + a.value())
            .collect(Collectors.joining(", "));
  }

  @Override
  public String visit(Verify s) {
    return "verify "
        + s.that()
        + " "
        + lower(s.comparison())
        + " "
        + s.expected()
        + ", otherwise "
        + lower(s.otherwise());
  }

  @Override
  public String visit(If s) {
    return "if " + s.condition();
  }

  @Override
  public String visit(ForEach s) {
    return "for_each " + s.as() + " in " + s.items();
  }

  @Override
  public String visit(RepeatUntil s) {
    return "repeat_until " + s.until() + " (max " + s.max() + ")";
  }

  @Override
  public String visit(Try s) {
    return "try (attempts " + s.retry().attempts() + ")";
  }

  @Override
  public String visit(Once s) {
    return "once (found " + s.found() + ")";
  }

  @Override
  public String visit(Call s) {
    return "call " + s.flow() + into(s.into());
  }

  @Override
  public String visit(Frame s) {
    return "frame " + s.selector();
  }

  @Override
  public String visit(Dialog s) {
    return "dialog " + lower(s.action()) + into(s.into());
  }

  @Override
  public String visit(Tab s) {
    return "tab " + (s.match() != null ? "matching " + s.match() : lower(s.target()));
  }

  @Override
  public String visit(Screenshot s) {
    return "screenshot " + s.name();
  }

  @Override
  public String visit(Ocr s) {
    return "ocr "
        + s.field()
        + " ("
        + s.language()
        + (s.chars() == null ? "" : ", chars " + s.chars())
        + (s.pattern() == null ? "" : ", pattern " + s.pattern().pattern())
        + ")"
        + into(s.into());
  }

  @Override
  public String visit(ReadSheet s) {
    return "read_sheet " + s.file() + into(s.into());
  }

  @Override
  public String visit(WriteSheet s) {
    return "write_sheet " + s.rows() + " to " + s.file();
  }

  @Override
  public String visit(ReadCsv s) {
    return "read_csv " + s.file() + into(s.into());
  }

  @Override
  public String visit(WriteCsv s) {
    return "write_csv " + s.rows() + " to " + s.file();
  }

  @Override
  public String visit(Enqueue s) {
    return "enqueue " + s.queue() + " " + s.reference() + into(s.into());
  }

  @Override
  public String visit(Http s) {
    return "http "
        + s.method()
        + " "
        + (s.system() == null ? "" : s.system() + " ")
        + s.url()
        + into(s.into());
  }

  @Override
  public String visit(Log s) {
    return "log " + s.message();
  }

  @Override
  public String visit(Fail s) {
    return "fail (" + lower(s.kind()) + ") " + s.message();
  }

  @Override
  public String visit(Done s) {
    return "done (" + lower(s.outcome()) + ")" + (s.reason() == null ? "" : " " + s.reason());
  }

  @Override
  public String visit(Output s) {
    return "output " + s.values().stream().map(a -> a.name()).collect(Collectors.joining(", "));
  }
}
