package io.workforce.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** One version source: the POM's, which ./rpa and the CLI both show. */
class VersionTest {

  /** The project's version as the root POM declares it (the line after its artifactId). */
  static String pomVersion() throws Exception {
    String pom = Files.readString(Path.of("../pom.xml"));
    Matcher m =
        Pattern.compile("<artifactId>workforce</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(m.find()).as("the root POM's own version").isTrue();
    return m.group(1);
  }

  @Test
  void theCliShowsThePomsVersion() throws Exception {
    assertThat(Version.current()).isEqualTo(pomVersion());
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new RpaCli());
    cli.setOut(new PrintWriter(out));
    cli.execute("--version");
    assertThat(out.toString().strip()).isEqualTo("Workforce " + pomVersion());
  }

  @Test
  void theLauncherReadsItsVersionFromThePomToo() throws Exception {
    String launcher = Files.readString(Path.of("../rpa"));
    assertThat(launcher).doesNotContain("VERSION=\"" + pomVersion() + "\"").contains("pom.xml");
  }
}
