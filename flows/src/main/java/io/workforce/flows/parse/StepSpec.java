package io.workforce.flows.parse;

import io.workforce.flows.step.Step;
import java.util.function.Function;

/**
 * One step type of the language: its keyword, what it does, its shape, and how its record is built.
 *
 * @param keyword the YAML key, e.g. {@code wait_for}
 * @param summary one sentence for the JSON Schema and {@code rpa flow explain}
 * @param shape what the step's value may look like
 * @param shorthand the field a plain scalar stands for ({@code click: "#ok"} = {@code click:
 *     {selector: "#ok"}}), or null
 * @param build makes the step record from a checked body
 */
record StepSpec(
    String keyword, String summary, Shape shape, String shorthand, Function<Body, Step> build) {}
