package io.workforce.runtime.assistant.form;

/**
 * A value the clerk must fix before the start.
 *
 * @param field the field's name
 * @param message what is wrong and what is expected, in the clerk's language
 */
public record FieldError(String field, String message) {}
