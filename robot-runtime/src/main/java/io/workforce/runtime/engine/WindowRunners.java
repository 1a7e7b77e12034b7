package io.workforce.runtime.engine;

import io.workforce.flows.step.Dialog;
import io.workforce.flows.step.Frame;
import io.workforce.flows.step.Screenshot;
import io.workforce.flows.step.Tab;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.DialogAnswer;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.Selector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runners of frames, dialogs, tabs and screenshots. */
final class WindowRunners {

  private WindowRunners() {}

  static void frame(Frame step, ItemContext ctx, StepExecutor executor) {
    Selector frame = ctx.selector(step.selector());
    ctx.page().enterFrame(frame);
    ctx.frames.addLast(frame);
    try {
      executor.runAll(step.steps(), ctx);
    } finally {
      ctx.frames.removeLast();
      BrowserSession page = ctx.sessions.peek(ctx.system);
      if (page != null && page.isAlive()) {
        page.leaveFrames();
        ctx.frames.forEach(page::enterFrame);
      }
    }
  }

  static void dialog(Dialog step, ItemContext ctx, StepExecutor executor) {
    DialogAnswer answer =
        new DialogAnswer(
            step.action() == Dialog.Action.ACCEPT,
            step.promptText() == null ? null : ctx.text(step.promptText()));
    BrowserSession page = ctx.page();
    page.answerDialogs(answer);
    if (!step.steps().isEmpty()) {
      try {
        executor.runAll(step.steps(), ctx);
      } finally {
        BrowserSession now = ctx.sessions.peek(ctx.system);
        if (now != null) {
          now.answerDialogs(DialogAnswer.ACCEPT);
        }
      }
    }
    if (step.into() != null) {
      ctx.scope.set(step.into(), Secrets.maskRead(ctx.page().lastDialog().orElse(null)));
    }
    ctx.detail = ctx.page().lastDialog().orElse(null);
  }

  static void tab(Tab step, ItemContext ctx) {
    BrowserSession page = ctx.page();
    String left = page.windowId();
    PageRunners.timed(
        ctx,
        step.timeout(),
        () -> {
          switch (step.target()) {
            case NEW -> page.switchToNewWindow();
            case MAIN -> page.switchToMainWindow();
            case MATCHING -> page.switchWindow(ctx.text(step.match()));
          }
          return null;
        });
    ctx.frames.clear();
    if (step.closeCurrent() && !left.equals(page.windowId())) {
      page.closeWindow(left);
    }
    ctx.detail = page.title();
  }

  static void screenshot(Screenshot step, ItemContext ctx) {
    String name = ctx.text(step.name()).replaceAll("[^\\p{L}\\p{N}_.-]", "_");
    byte[] png =
        step.selector() == null
            ? ctx.page().screenshot(step.fullPage())
            : ctx.page().screenshot(ctx.selector(step.selector()));
    try {
      Path dir = Files.createDirectories(ctx.run.runDir.resolve("screenshots"));
      Path file = dir.resolve("item-" + ctx.item.index() + "-" + name + ".png");
      for (int n = 2; Files.exists(file); n++) {
        file = dir.resolve("item-" + ctx.item.index() + "-" + name + "-" + n + ".png");
      }
      Files.write(file, png);
      ctx.detail = ctx.run.runDir.relativize(file).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
