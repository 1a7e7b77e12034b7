package io.workforce.protocol;

import java.util.Map;

/**
 * @param output what the robot produced for the item (receipt numbers…)
 */
public record ItemCompletion(Map<String, Object> output) {}
