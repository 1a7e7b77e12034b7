package io.workforce.runtime.engine;

import io.workforce.flows.SystemDef;
import io.workforce.flows.step.Check;
import io.workforce.flows.step.Click;
import io.workforce.flows.step.Download;
import io.workforce.flows.step.Fill;
import io.workforce.flows.step.Hover;
import io.workforce.flows.step.Open;
import io.workforce.flows.step.Press;
import io.workforce.flows.step.Select;
import io.workforce.flows.step.Upload;
import io.workforce.flows.step.WaitFor;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.Selector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runners of the steps that act on the current page. */
final class PageRunners {

  private PageRunners() {}

  static void open(Open step, ItemContext ctx, StepExecutor executor) {
    String url;
    if (step.system() != null) {
      ctx.system = step.system();
      SystemDef def = ctx.run.systems.get(step.system());
      url = join(ctx.text(def.url()), step.url() == null ? "" : ctx.text(step.url()));
    } else {
      url = ctx.text(step.url());
    }
    BrowserSession page = ctx.page();
    ctx.detail = url;
    timed(
        ctx,
        step.timeout(),
        () -> {
          navigate(page, url, ctx);
          return null;
        });
    if (executor.loggedOut(ctx)) {
      executor.log(ctx, step, "WARN", Messages.get("run.loggedOut", ctx.system));
      ctx.sessions.logIn(ctx.system, ctx);
      navigate(ctx.page(), url, ctx);
    }
  }

  /**
   * Opens a page; an error page or a refused connection is tried again, at most twice and only
   * while the item's {@link RetryBudget} lasts (a GET changes nothing, so this is safe, and much
   * cheaper than retrying the whole item).
   */
  private static void navigate(BrowserSession page, String url, ItemContext ctx) {
    io.github.resilience4j.retry.RetryConfig config =
        io.github.resilience4j.retry.RetryConfig.custom()
            .maxAttempts(3)
            .intervalFunction(
                io.github.resilience4j.core.IntervalFunction.ofExponentialBackoff(
                    Duration.ofMillis(300), 2))
            .retryOnException(
                e ->
                    e instanceof io.workforce.runtime.SystemException
                        && !(e instanceof io.workforce.runtime.BrowserCrashedException)
                        && !ctx.stopRequested()
                        && ctx.budget.take())
            .failAfterMaxAttempts(false)
            .build();
    io.github.resilience4j.retry.Retry.of("open", config).executeRunnable(() -> page.navigate(url));
  }

  static String join(String base, String path) {
    if (path.isEmpty() || path.startsWith("http://") || path.startsWith("https://")) {
      return path.isEmpty() ? base : path;
    }
    return base.endsWith("/") && path.startsWith("/")
        ? base + path.substring(1)
        : !base.endsWith("/") && !path.startsWith("/") ? base + "/" + path : base + path;
  }

  static void click(Click step, ItemContext ctx) {
    Selector target = ctx.selector(step.selector());
    timed(
        ctx,
        step.timeout(),
        () -> {
          ctx.page().click(target, step.doubleClick());
          return null;
        });
  }

  static void fill(Fill step, ItemContext ctx) {
    List<String> typed = new ArrayList<>();
    timed(
        ctx,
        step.timeout(),
        () -> {
          for (Fill.Field field : step.fields()) {
            Selector target = ctx.selector(field.selector());
            String value = ctx.text(field.value());
            ctx.page().fill(target, value, step.force());
            typed.add(target.source() + " = " + (Secrets.isSecret(value) ? Secrets.MASK : value));
          }
          return null;
        });
    ctx.detail = Secrets.mask(String.join("; ", typed));
  }

  static void select(Select step, ItemContext ctx) {
    Selector target = ctx.selector(step.selector());
    String option = ctx.text(step.option());
    timed(
        ctx,
        step.timeout(),
        () -> {
          if (step.by() == Select.By.INDEX) {
            ctx.page().selectIndex(target, Integer.parseInt(option.strip()));
          } else {
            ctx.page().select(target, option);
          }
          return null;
        });
    ctx.detail = option;
  }

  static void check(Check step, ItemContext ctx) {
    Selector target = ctx.selector(step.selector());
    timed(
        ctx,
        step.timeout(),
        () -> {
          ctx.page().check(target, step.checked());
          return null;
        });
  }

  static void press(Press step, ItemContext ctx) {
    Selector target = ctx.selector(step.selector());
    timed(
        ctx,
        step.timeout(),
        () -> {
          ctx.page().press(target, step.key());
          return null;
        });
  }

  static void hover(Hover step, ItemContext ctx) {
    Selector target = ctx.selector(step.selector());
    timed(
        ctx,
        step.timeout(),
        () -> {
          ctx.page().hover(target);
          return null;
        });
  }

  static void upload(Upload step, ItemContext ctx) {
    List<Path> files = new ArrayList<>();
    for (var template : step.files()) {
      Path file = ctx.run.file(ctx.text(template));
      if (!Files.isRegularFile(file)) {
        throw new BusinessException(Messages.get("run.nofile", file));
      }
      files.add(file);
    }
    Selector target = ctx.selector(step.selector());
    timed(
        ctx,
        step.timeout(),
        () -> {
          ctx.page().upload(target, files);
          return null;
        });
    ctx.detail = files.toString();
  }

  static void download(Download step, ItemContext ctx) {
    String saveAs = step.saveAs() == null ? null : ctx.text(step.saveAs());
    Path target = saveAs == null ? ctx.run.runDir.resolve("downloads") : ctx.run.output(saveAs);
    boolean directory = saveAs == null || saveAs.endsWith("/") || Files.isDirectory(target);
    Selector trigger = ctx.selector(step.selector());
    Path saved =
        timed(
            ctx,
            step.timeout(),
            () -> {
              try {
                Path dir = directory ? target : target.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path file = ctx.page().download(trigger, dir);
                return directory
                    ? file
                    : Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    ctx.run.wrote(ctx, step, saved);
    if (step.into() != null) {
      ctx.scope.set(step.into(), saved.toString());
    }
    ctx.detail = saved.toString();
  }

  static void waitFor(WaitFor step, ItemContext ctx) {
    Conditions.await(step.condition(), ctx.page(), ctx, timeout(ctx, step.timeout()));
  }

  static Duration timeout(ItemContext ctx, Duration stepTimeout) {
    return stepTimeout != null ? stepTimeout : ctx.run.options.stepTimeout();
  }

  /** Runs with the step's own timeout on the page (the run's default otherwise). */
  static <T> T timed(ItemContext ctx, Duration stepTimeout, Supplier<T> action) {
    if (stepTimeout == null) {
      return action.get();
    }
    BrowserSession page = ctx.page();
    Duration before = page.timeout();
    page.timeout(stepTimeout);
    try {
      return action.get();
    } finally {
      page.timeout(before);
    }
  }
}
