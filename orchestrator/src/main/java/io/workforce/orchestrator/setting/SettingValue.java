package io.workforce.orchestrator.setting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A value to set.
 *
 * @param value the value, e.g. {@code http://intake.city.local:8080}
 * @param robotLabel for robots with this label only; omitted or empty: for everyone
 * @param description what it is (optional)
 */
public record SettingValue(
    @NotBlank @Size(max = 2000) String value,
    @Pattern(regexp = "|[A-Za-z0-9][A-Za-z0-9._:-]{0,99}") String robotLabel,
    @Size(max = 1000) String description) {}
