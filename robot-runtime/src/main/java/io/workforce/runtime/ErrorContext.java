package io.workforce.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a failure happened; every part may be null.
 *
 * @param runId the run
 * @param item the item, e.g. "#3 cases.xlsx row 4"
 * @param stepPath the step path, e.g. {@code steps[3].fill}
 * @param location the step's place in the flow file, {@code file:line:col}
 * @param screenshot the screenshot taken when it failed
 * @param pageHtml the page HTML saved when it failed
 */
public record ErrorContext(
    String runId, String item, String stepPath, String location, Path screenshot, Path pageHtml) {

  public static final ErrorContext NONE = new ErrorContext(null, null, null, null, null, null);

  /** Step context. */
  public static ErrorContext step(String stepPath, String location) {
    return new ErrorContext(null, null, stepPath, location, null, null);
  }

  /** This context with the blanks filled from {@code other}. */
  public ErrorContext orElse(ErrorContext other) {
    return new ErrorContext(
        pick(runId, other.runId),
        pick(item, other.item),
        pick(stepPath, other.stepPath),
        pick(location, other.location),
        pick(screenshot, other.screenshot),
        pick(pageHtml, other.pageHtml));
  }

  /**
   * The uniform message suffix, e.g. {@code " [step steps[3].fill at flow.yaml:12:5; screenshot
   * runs/…/3.png]"}.
   */
  public String suffix() {
    List<String> parts = new ArrayList<>();
    if (stepPath != null) {
      parts.add("step " + stepPath + (location == null ? "" : " at " + location));
    }
    if (item != null && !item.isBlank()) {
      parts.add("item " + item);
    }
    if (runId != null) {
      parts.add("run " + runId);
    }
    if (screenshot != null) {
      parts.add("screenshot " + screenshot);
    }
    return parts.isEmpty() ? "" : " [" + String.join("; ", parts) + "]";
  }

  private static <T> T pick(T mine, T theirs) {
    return mine != null ? mine : theirs;
  }
}
