package io.workforce.runtime.engine;

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
 * Sends each step type to its runner. A visitor, so that the compiler lists this class when the
 * flow language gains a step type (Java 17 has no pattern switch): every type runs, none is
 * skipped.
 */
final class Dispatch implements Step.Visitor<Void> {

  private final StepExecutor executor;
  private final ItemContext ctx;

  Dispatch(StepExecutor executor, ItemContext ctx) {
    this.executor = executor;
    this.ctx = ctx;
  }

  @Override
  public Void visit(Open step) {
    PageRunners.open(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Click step) {
    PageRunners.click(step, ctx);
    return null;
  }

  @Override
  public Void visit(Fill step) {
    PageRunners.fill(step, ctx);
    return null;
  }

  @Override
  public Void visit(Select step) {
    PageRunners.select(step, ctx);
    return null;
  }

  @Override
  public Void visit(Check step) {
    PageRunners.check(step, ctx);
    return null;
  }

  @Override
  public Void visit(Press step) {
    PageRunners.press(step, ctx);
    return null;
  }

  @Override
  public Void visit(Hover step) {
    PageRunners.hover(step, ctx);
    return null;
  }

  @Override
  public Void visit(Script step) {
    ScriptRunner.script(step, ctx);
    return null;
  }

  @Override
  public Void visit(Upload step) {
    PageRunners.upload(step, ctx);
    return null;
  }

  @Override
  public Void visit(Download step) {
    PageRunners.download(step, ctx);
    return null;
  }

  @Override
  public Void visit(WaitFor step) {
    PageRunners.waitFor(step, ctx);
    return null;
  }

  @Override
  public Void visit(Frame step) {
    WindowRunners.frame(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Dialog step) {
    WindowRunners.dialog(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Tab step) {
    WindowRunners.tab(step, ctx);
    return null;
  }

  @Override
  public Void visit(Screenshot step) {
    WindowRunners.screenshot(step, ctx);
    return null;
  }

  @Override
  public Void visit(Read step) {
    ReadRunners.read(step, ctx);
    return null;
  }

  @Override
  public Void visit(ReadTable step) {
    TableRunner.readTable(step, ctx);
    return null;
  }

  @Override
  public Void visit(Extract step) {
    ReadRunners.extract(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Ocr step) {
    ReadRunners.ocr(step, ctx);
    return null;
  }

  @Override
  public Void visit(SetVariables step) {
    ValueRunners.set(step, ctx);
    return null;
  }

  @Override
  public Void visit(Verify step) {
    ValueRunners.verify(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Output step) {
    ValueRunners.output(step, ctx);
    return null;
  }

  @Override
  public Void visit(Log step) {
    ValueRunners.log(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Fail step) {
    ValueRunners.fail(step, ctx);
    return null;
  }

  @Override
  public Void visit(Done step) {
    ValueRunners.done(step, ctx);
    return null;
  }

  @Override
  public Void visit(If step) {
    ControlRunners.ifThen(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(ForEach step) {
    ControlRunners.forEach(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(RepeatUntil step) {
    ControlRunners.repeatUntil(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Try step) {
    ControlRunners.tryCatch(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Once step) {
    OnceRunner.enter(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(Call step) {
    ControlRunners.call(step, ctx, executor);
    return null;
  }

  @Override
  public Void visit(ReadSheet step) {
    FileRunners.readSheet(step, ctx);
    return null;
  }

  @Override
  public Void visit(WriteSheet step) {
    FileRunners.writeSheet(step, ctx);
    return null;
  }

  @Override
  public Void visit(ReadCsv step) {
    FileRunners.readCsv(step, ctx);
    return null;
  }

  @Override
  public Void visit(WriteCsv step) {
    FileRunners.writeCsv(step, ctx);
    return null;
  }

  @Override
  public Void visit(Enqueue step) {
    EnqueueRunner.enqueue(step, ctx);
    return null;
  }

  @Override
  public Void visit(Http step) {
    HttpRunner.http(step, ctx);
    return null;
  }
}
