package io.workforce.orchestrator.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What a piece of code printed to standard output (the console, log lines of the console appender
 * included), while it still reaches the real console.
 */
public final class Console {

  private Console() {}

  /**
   * The value and the printed text.
   *
   * @param printed everything written to standard output while the code ran
   */
  public record Captured<T>(T value, String printed) {}

  public static synchronized <T> Captured<T> capture(Supplier<T> code) {
    PrintStream original = System.out;
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    PrintStream tee =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) {
                original.write(b);
                copy.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                copy.write(b, off, len);
              }
            },
            true,
            StandardCharsets.UTF_8);
    System.setOut(tee);
    try {
      T value = code.get();
      tee.flush();
      return new Captured<>(value, copy.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
