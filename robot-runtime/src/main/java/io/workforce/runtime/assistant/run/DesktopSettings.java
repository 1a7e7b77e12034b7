package io.workforce.runtime.assistant.run;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * How attended runs go on this machine.
 *
 * @param runsDir where run directories (journal, HTML report, screenshots) go
 * @param env what {@code ${env.X}} reads in flows (the systems' addresses)
 * @param headless true to hide the browser (no display); attended runs show it where a display
 *     exists
 * @param clock the time source
 */
public record DesktopSettings(
    Path runsDir, Map<String, String> env, boolean headless, Clock clock) {

  public DesktopSettings {
    env = Map.copyOf(env);
  }
}
