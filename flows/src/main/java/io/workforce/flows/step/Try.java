package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code try}: runs steps with a retry policy; when they still fail, runs {@code catch}; always
 * runs {@code finally}. Inside {@code catch} the error is visible as {@code ${error.kind}} ({@code
 * business} or {@code system}), {@code ${error.message}} and {@code ${error.step}}.
 *
 * @param steps the steps tried
 * @param retry how often and on which errors they are tried again
 * @param catchErrors which error kinds {@code catch} handles (others go up)
 * @param catchSteps the handler (empty = errors go up after the retries)
 * @param finallySteps steps run in every case
 */
public record Try(
    String path,
    SourceLocation location,
    List<Step> steps,
    RetryPolicy retry,
    Set<ErrorKind> catchErrors,
    List<Step> catchSteps,
    List<Step> finallySteps)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public List<Step> children() {
    List<Step> all = new ArrayList<>(steps);
    all.addAll(catchSteps);
    all.addAll(finallySteps);
    return all;
  }
}
