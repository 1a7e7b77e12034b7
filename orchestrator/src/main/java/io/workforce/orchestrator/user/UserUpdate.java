package io.workforce.orchestrator.user;

import io.workforce.orchestrator.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Changes to a user; a field left out (null) stays as it is.
 *
 * @param displayName the name shown
 * @param roles the new roles (at least one)
 * @param groups the new groups (replaces the old ones)
 * @param language zh or en
 * @param enabled false to stop them logging in (their sessions end at once; their tokens stop
 *     working)
 */
public record UserUpdate(
    @Size(min = 1, max = 200) String displayName,
    @Size(min = 1, max = 3) List<Role> roles,
    @Size(max = 100) List<@NotBlank String> groups,
    @Pattern(regexp = "zh|en") String language,
    Boolean enabled) {}
