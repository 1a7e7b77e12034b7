package io.workforce.flows;

/**
 * A value the flow reports for each item (declared under {@code output:}), set by the {@code
 * output} step.
 *
 * @param name key, e.g. {@code receipt}
 * @param label what a person reads in reports and the control center, e.g. {@code 受理编号}
 * @param location where it is declared
 */
public record OutputDef(String name, String label, SourceLocation location) {}
