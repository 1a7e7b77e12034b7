package io.workforce.runtime;

/**
 * How the session answers JavaScript dialogs (alert, confirm, prompt) from now on.
 *
 * @param accept OK (true) or Cancel (false)
 * @param promptText the text typed into a prompt before OK, or null
 */
public record DialogAnswer(boolean accept, String promptText) {

  /** Press OK on everything: the default. */
  public static final DialogAnswer ACCEPT = new DialogAnswer(true, null);

  /** Press Cancel. */
  public static final DialogAnswer DISMISS = new DialogAnswer(false, null);
}
