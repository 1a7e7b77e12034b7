package io.workforce.orchestrator.robot;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * A request for a new enrolment key.
 *
 * @param label what it is for, e.g. "窗口机器人 3 台"
 * @param pool pool that robots enrolled with it join (null = robots choose)
 * @param maxUses how many robots may enrol with it (null = unlimited)
 * @param validFor how long it works (ISO-8601 duration like {@code P7D}; null = until revoked)
 */
public record NewEnrolmentKey(
    @NotBlank @Size(max = 200) String label,
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}") String pool,
    @Min(1) Integer maxUses,
    Duration validFor) {}
