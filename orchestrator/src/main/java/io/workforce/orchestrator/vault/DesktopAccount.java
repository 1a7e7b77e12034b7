package io.workforce.orchestrator.vault;

import java.time.Instant;

/**
 * A shared account (one robot account) an attended run would put on the clerk's own machine,
 * because an administrator marked it for desktop use.
 *
 * @param credential its vault name
 * @param markedBy who marked it for desktop use
 * @param markedAt when
 */
public record DesktopAccount(String credential, String markedBy, Instant markedAt) {}
