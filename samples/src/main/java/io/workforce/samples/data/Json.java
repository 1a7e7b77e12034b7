package io.workforce.samples.data;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of the samples: ground truth files and the systems' JSON exports. */
public final class Json {

  /** Reads and writes the data records (dates as ISO text, decimals as written). */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Pretty output with {@code \n} line ends on every platform, so that files are the same bytes
   * everywhere.
   */
  public static final ObjectWriter PRETTY =
      MAPPER
          .writer()
          .with(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}
}
