package io.workforce.samples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files in {@code samples/data/} are what seed 42 generates today (regenerate: ./rpa samples
 * generate --out samples/data).
 */
class CommittedDataFilesTest {

  @Test
  void matchTheGeneratorByteForByte(@TempDir Path dir) throws IOException {
    Path committed = Path.of("data");
    List<Path> fresh =
        DataFiles.write(
            DataGenerator.generate(DataGenerator.DEFAULT_SEED, DataGenerator.DEFAULT_RECORDS), dir);
    for (Path f : fresh) {
      Path c = committed.resolve(f.getFileName());
      assertThat(c)
          .as("committed file (regenerate with ./rpa samples generate --out samples/data)")
          .exists();
      assertThat(Files.readAllBytes(c))
          .as(c + " is stale: ./rpa samples generate --out samples/data")
          .isEqualTo(Files.readAllBytes(f));
    }
  }
}
