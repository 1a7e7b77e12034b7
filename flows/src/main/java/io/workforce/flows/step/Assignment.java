package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * A name and the value it gets ({@code set}, {@code output}, {@code call … with}).
 *
 * @param name the variable, output or input name
 * @param value the value; a template that is one {@code ${…}} keeps the expression's type
 * @param location where the name is written
 */
public record Assignment(String name, Template value, SourceLocation location) {}
