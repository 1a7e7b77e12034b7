package io.workforce.orchestrator.setting;

import java.time.Instant;

/**
 * One value of a setting.
 *
 * @param name what flows read as {@code ${env.NAME}}
 * @param robotLabel the robots it is for: those with this label; empty for everyone (the default)
 * @param value the value (never a secret: those are credentials)
 * @param description what it is, for administrators
 * @param updatedAt when it was last set
 * @param updatedBy who set it
 */
public record SettingView(
    String name,
    String robotLabel,
    String value,
    String description,
    Instant updatedAt,
    String updatedBy) {}
