package io.workforce.runtime.engine;

import io.workforce.flows.step.Enqueue;
import io.workforce.protocol.NewItem;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.SystemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code enqueue} step: one item into a work queue, at most once per reference. */
final class EnqueueRunner {

  private EnqueueRunner() {}

  static void enqueue(Enqueue step, ItemContext ctx) {
    // masked like what a step reads: a credential value never leaves for a queue file or the
    // orchestrator's database
    String reference = (String) Secrets.maskRead(ctx.text(step.reference()));
    if (reference == null || reference.isBlank()) {
      throw new BusinessException(Messages.get("run.enqueue.noReference", step.queue()));
    }
    Instant deadline = step.deadline() == null ? null : deadline(ctx.text(step.deadline()), step);
    Map<String, Object> payload = new LinkedHashMap<>();
    if (step.payload() != null) {
      Object tree = Secrets.maskRead(ctx.run.expressions.evaluateTree(step.payload(), ctx.scope));
      if (!(tree instanceof Map<?, ?> map)) {
        throw new BusinessException(Messages.get("run.enqueue.payload", step.queue()));
      }
      map.forEach((k, v) -> payload.put(String.valueOf(k), v));
    }
    boolean added;
    try {
      added =
          ctx.run
              .queues()
              .add(step.queue(), new NewItem(reference, step.priority(), deadline, payload));
    } catch (RuntimeException e) {
      throw new SystemException(
          Messages.get("run.enqueue.failed", step.queue(), reference, e.getMessage()));
    }
    if (step.into() != null) {
      ctx.scope.set(step.into(), added);
    }
    ctx.detail =
        Messages.get(added ? "run.enqueue.added" : "run.enqueue.present", step.queue(), reference);
  }

  /** {@code 2026-12-31} (the end of that day), {@code 2026-12-31T18:00}, or with an offset. */
  private static Instant deadline(String text, Enqueue step) {
    String t = text == null ? "" : text.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t)
            .plusDays(1)
            .atStartOfDay(ZoneId.systemDefault())
            .toInstant()
            .minusSeconds(1);
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
    } catch (DateTimeException e) {
      throw new BusinessException(Messages.get("run.enqueue.deadline", step.queue(), t));
    }
  }
}
