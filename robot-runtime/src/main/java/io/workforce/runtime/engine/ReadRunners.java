package io.workforce.runtime.engine;

import io.workforce.flows.step.Extract;
import io.workforce.flows.step.Ocr;
import io.workforce.flows.step.Otherwise;
import io.workforce.flows.step.Read;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.fields.FieldReader;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Runners of {@code read}, {@code extract} and {@code ocr}. */
final class ReadRunners {

  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private ReadRunners() {}

  static void read(Read step, ItemContext ctx) {
    if (step.table() != null) {
      Object labels =
          Secrets.maskRead(
              PageRunners.timed(ctx, step.timeout(), () -> LabelTable.read(step, ctx)));
      ctx.scope.set(step.into(), labels);
      ctx.detail = step.into() + " = " + labels;
      return;
    }
    Map<String, Object> record = new LinkedHashMap<>();
    PageRunners.timed(
        ctx,
        step.timeout(),
        () -> {
          for (Read.Field field : step.fields()) {
            record.put(field.name(), field(field, ctx));
          }
          return null;
        });
    Object value = Secrets.maskRead(step.record() ? record : record.values().iterator().next());
    ctx.scope.set(step.into(), value);
    ctx.detail = step.into() + " = " + value;
  }

  private static Object field(Read.Field field, ItemContext ctx) {
    Selector target = ctx.selector(field.selector());
    BrowserSession page = ctx.page();
    if (field.source() == Read.Source.ATTRIBUTE) {
      if (!field.required() && page.count(target) == 0) {
        return null;
      }
      return Values.convert(
          page.attribute(target, field.attribute()), field.as(), field.format(), target.source());
    }
    // one call finds and reads every match (half the browser round trips of count, then read);
    // several matches (a list of error messages) give their texts, one per line
    List<String> texts = page.readAll(target);
    String text;
    if (!texts.isEmpty()) {
      text = String.join("\n", texts);
    } else if (!field.required()) {
      return null;
    } else {
      text = page.read(target); // not there yet: wait for it as every step does
    }
    return Values.convert(text, field.as(), field.format(), target.source());
  }

  static void extract(Extract step, ItemContext ctx, StepExecutor executor) {
    // masked before the pattern runs, so that a group cannot cut a secret into unmasked pieces
    String text = (String) Secrets.maskRead(ctx.text(step.from()));
    Matcher m = step.pattern().matcher(text == null ? "" : text);
    if (!m.find()) {
      String message = Messages.get("run.extract", step.pattern().pattern(), text);
      if (step.otherwise() == Otherwise.WARN) {
        executor.log(ctx, step, "WARN", message);
        ctx.scope.set(step.into(), null);
        return;
      }
      throw step.otherwise() == Otherwise.SYSTEM_ERROR
          ? new SystemException(message)
          : new BusinessException(message);
    }
    List<String> names = new ArrayList<>();
    Matcher g = GROUP_NAME.matcher(step.pattern().pattern());
    while (g.find()) {
      names.add(g.group(1));
    }
    Object value;
    if (!names.isEmpty()) {
      Map<String, Object> groups = new LinkedHashMap<>();
      names.forEach(n -> groups.put(n, m.group(n)));
      value = groups;
    } else {
      value = m.groupCount() >= 1 ? m.group(1) : m.group();
    }
    ctx.scope.set(step.into(), value);
    ctx.detail = step.into() + " = " + value;
  }

  static void ocr(Ocr step, ItemContext ctx) {
    BufferedImage image = image(step.source(), ctx);
    Object value;
    if (step.field() != null) {
      FieldReader reader =
          "text".equals(step.field())
              ? FieldReader.text(step.language(), step.chars(), step.pattern())
              : FieldReader.named(step.field());
      value = reader.read(ctx.run.ocr(), image).value();
    } else {
      OcrOptions options = OcrOptions.defaults();
      if (step.language() != null) {
        options = options.withLanguages(step.language());
      }
      value = ctx.run.ocr().recognize(image, options).text().strip();
    }
    value = Secrets.maskRead(value);
    ctx.scope.set(step.into(), value);
    ctx.detail = step.into() + " = " + value;
  }

  private static BufferedImage image(Ocr.Source source, ItemContext ctx) {
    try {
      if (source instanceof Ocr.Element e) {
        Selector target = ctx.selector(e.selector());
        requireLoaded(target, ctx);
        return decode(ctx.page().screenshot(target));
      }
      if (source instanceof Ocr.Region r) {
        BufferedImage page = decode(ctx.page().screenshot());
        int w = Math.min(r.width(), page.getWidth() - r.x());
        int h = Math.min(r.height(), page.getHeight() - r.y());
        return page.getSubimage(r.x(), r.y(), Math.max(1, w), Math.max(1, h));
      }
      Path file = ctx.run.file(ctx.text(((Ocr.ImageFile) source).file()));
      if (!Files.isRegularFile(file)) {
        throw new BusinessException(Messages.get("run.nofile", file));
      }
      return decode(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An image that failed to load (the server erred) is a system error, not an unreadable value. */
  private static void requireLoaded(Selector target, ItemContext ctx) {
    if (target.kind() != Selector.Kind.CSS) {
      return;
    }
    String css = ((Selector.Css) target).css().replace("\\", "\\\\").replace("'", "\\'");
    String check =
        "(() => { const e = document.querySelector('"
            + css
            + "');"
            + " if (!e || e.tagName !== 'IMG' || (e.complete && e.naturalWidth > 0)) return 'ok';"
            + " return e.complete ? 'broken' : 'loading'; })()";
    long deadline = System.nanoTime() + ctx.page().timeout().toNanos();
    for (String state = ctx.page().evaluate(check);
        !"ok".equals(state);
        state = ctx.page().evaluate(check)) {
      if ("broken".equals(state) || System.nanoTime() > deadline) {
        throw new SystemException(Messages.get("run.image", target.source()));
      }
      Conditions.sleep(100);
    }
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    if (image == null) {
      throw new BusinessException("not an image the OCR can read");
    }
    return image;
  }
}
