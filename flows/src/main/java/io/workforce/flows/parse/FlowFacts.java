package io.workforce.flows.parse;

import io.workforce.flows.FlowResolver;
import java.util.List;
import java.util.Set;

/**
 * What the step checks need to know about the flow around them.
 *
 * @param systems the declared system names
 * @param outputs the declared output names, or null when the flow declares none (any name is
 *     allowed)
 * @param itemFields the fields of an item, or null when the input does not say (a queue)
 * @param resolver finds flows named by {@code call}, or null (then calls are not checked)
 */
record FlowFacts(
    Set<String> systems, Set<String> outputs, List<String> itemFields, FlowResolver resolver) {}
