package io.workforce.runtime.input;

/** An input file or field that cannot be used; the message names the file, the place and a hint. */
public final class InputException extends RuntimeException {

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
