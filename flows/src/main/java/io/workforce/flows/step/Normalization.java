package io.workforce.flows.step;

import java.util.List;

/**
 * How {@code verify} normalises both sides before comparing (YAML {@code normalize} and {@code
 * as}).
 *
 * @param trim strip leading and trailing white space and collapse inner runs of it to one space
 * @param halfWidth turn full-width letters, digits, punctuation and the ideographic space into
 *     half-width
 * @param ignoreCase compare without regard to case
 * @param as compare as text, as numbers (1,000.00 = 1000) or as dates
 * @param formats date formats tried in order when {@code as} is DATE (default {@code yyyy-MM-dd})
 */
public record Normalization(
    boolean trim, boolean halfWidth, boolean ignoreCase, ValueType as, List<String> formats) {}
