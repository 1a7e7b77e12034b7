package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.List;

/**
 * {@code dialog}: handles a JavaScript alert, confirm or prompt. With {@code steps}, the dialogs
 * those steps open are handled; without, the next dialog the page opens is.
 *
 * @param action accept (OK) or dismiss (Cancel)
 * @param promptText the text typed into a prompt before accepting (null = none)
 * @param into variable receiving the dialog's message (null = none)
 * @param steps the steps that open the dialog (may be empty)
 */
public record Dialog(
    String path,
    SourceLocation location,
    Action action,
    Template promptText,
    String into,
    List<Step> steps)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** The button pressed. */
  public enum Action {
    ACCEPT,
    DISMISS
  }

  @Override
  public List<Step> children() {
    return steps;
  }
}
