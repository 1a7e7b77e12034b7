package io.workforce.protocol;

/**
 * A stored screenshot.
 *
 * @param ref the robot's reference (what its events name)
 * @param name the name the orchestrator generated and stores it under
 */
public record ScreenshotRef(String ref, String name) {}
