package io.workforce.runtime;

/** What {@link BrowserSession#waitFor} waits for. */
public enum WaitState {
  /** In the DOM. */
  ATTACHED,
  /** In the DOM and visible. */
  VISIBLE,
  /** Hidden or gone. */
  HIDDEN;

  /** The localized description used in timeout messages. */
  public String describe() {
    return Messages.get("state." + name().toLowerCase(java.util.Locale.ROOT));
  }
}
