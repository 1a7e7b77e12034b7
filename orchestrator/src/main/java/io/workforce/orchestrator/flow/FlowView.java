package io.workforce.orchestrator.flow;

import java.time.Instant;

/**
 * A flow and its versions at a glance.
 *
 * @param name the flow
 * @param liveVersion the version jobs start with by default
 * @param latestVersion the highest published version
 * @param description of the live version
 * @param manualMinutesPerItem of the live version
 * @param expectedSeconds average duration of its successful runs (null before the first)
 * @param updatedAt last publish or live change
 */
public record FlowView(
    String name,
    Integer liveVersion,
    int latestVersion,
    String description,
    double manualMinutesPerItem,
    Double expectedSeconds,
    Instant updatedAt) {}
