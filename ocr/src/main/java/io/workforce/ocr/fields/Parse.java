package io.workforce.ocr.fields;

import io.workforce.ocr.OcrBusinessException;

/** The outcome of interpreting text as a field value: a value, or why not. */
sealed interface Parse {

  /** The normalised text that was interpreted. */
  String text();

  record Ok(Object value, String text) implements Parse {}

  record Rejected(OcrBusinessException.Reason reason, String text, String detail) implements Parse {

    OcrBusinessException toException(String field) {
      return new OcrBusinessException(field, text, reason, detail);
    }
  }
}
