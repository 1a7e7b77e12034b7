package io.workforce.flows.expr;

import java.util.List;
import java.util.Set;

/**
 * What an expression refers to, found without running it.
 *
 * @param variables variable paths, e.g. {@code [item, creditCode]}, {@code [total]}
 * @param functions names of the functions it calls without a prefix
 * @param forbidden methods or properties it uses that the sandbox refuses (e.g. {@code getClass})
 */
public record Analysis(Set<List<String>> variables, Set<String> functions, Set<String> forbidden) {}
