package io.workforce.flows;

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

/**
 * Names each step type by hand: it compiles only while it handles every type of the sealed {@link
 * Step}.
 */
final class KeywordVisitor implements Step.Visitor<String> {

  @Override
  public String visit(Open step) {
    return "open";
  }

  @Override
  public String visit(Click step) {
    return "click";
  }

  @Override
  public String visit(Fill step) {
    return "fill";
  }

  @Override
  public String visit(Select step) {
    return "select";
  }

  @Override
  public String visit(Check step) {
    return (step.checked() ? "check" : "uncheck");
  }

  @Override
  public String visit(Press step) {
    return "press";
  }

  @Override
  public String visit(Hover step) {
    return "hover";
  }

  @Override
  public String visit(Script step) {
    return "script";
  }

  @Override
  public String visit(Upload step) {
    return "upload";
  }

  @Override
  public String visit(Download step) {
    return "download";
  }

  @Override
  public String visit(WaitFor step) {
    return "wait_for";
  }

  @Override
  public String visit(Read step) {
    return "read";
  }

  @Override
  public String visit(ReadTable step) {
    return "read_table";
  }

  @Override
  public String visit(Extract step) {
    return "extract";
  }

  @Override
  public String visit(SetVariables step) {
    return "set";
  }

  @Override
  public String visit(Verify step) {
    return "verify";
  }

  @Override
  public String visit(If step) {
    return "if";
  }

  @Override
  public String visit(ForEach step) {
    return "for_each";
  }

  @Override
  public String visit(RepeatUntil step) {
    return "repeat_until";
  }

  @Override
  public String visit(Try step) {
    return "try";
  }

  @Override
  public String visit(Once step) {
    return "once";
  }

  @Override
  public String visit(Call step) {
    return "call";
  }

  @Override
  public String visit(Frame step) {
    return "frame";
  }

  @Override
  public String visit(Dialog step) {
    return "dialog";
  }

  @Override
  public String visit(Tab step) {
    return "tab";
  }

  @Override
  public String visit(Screenshot step) {
    return "screenshot";
  }

  @Override
  public String visit(Ocr step) {
    return "ocr";
  }

  @Override
  public String visit(ReadSheet step) {
    return "read_sheet";
  }

  @Override
  public String visit(WriteSheet step) {
    return "write_sheet";
  }

  @Override
  public String visit(ReadCsv step) {
    return "read_csv";
  }

  @Override
  public String visit(WriteCsv step) {
    return "write_csv";
  }

  @Override
  public String visit(Http step) {
    return "http";
  }

  @Override
  public String visit(Enqueue step) {
    return "enqueue";
  }

  @Override
  public String visit(Log step) {
    return "log";
  }

  @Override
  public String visit(Fail step) {
    return "fail";
  }

  @Override
  public String visit(Done step) {
    return "done";
  }

  @Override
  public String visit(Output step) {
    return "output";
  }
}
