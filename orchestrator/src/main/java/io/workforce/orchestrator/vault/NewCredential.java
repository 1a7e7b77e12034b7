package io.workforce.orchestrator.vault;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new credential (its value is set separately).
 *
 * @param name the name flows use ({@code credential: registry-clerk})
 * @param kind SHARED or PERSONAL (default SHARED)
 * @param exclusive whether one job at a time may hold it (default false)
 * @param description what it is for
 */
public record NewCredential(
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}") String name,
    @Pattern(regexp = "SHARED|PERSONAL") String kind,
    Boolean exclusive,
    @Size(max = 1000) String description) {}
