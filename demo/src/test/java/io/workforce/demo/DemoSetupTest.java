package io.workforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.data.DataFiles;
import io.workforce.samples.data.DataGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSetupTest {

  @Test
  void theQueueFeedKeepsTheCreditCodeInThePayloadAndCopiesItAsReference() {
    byte[] feed = DataFiles.newRegistrations(DataGenerator.generate(42, 40));
    List<String> lines = new String(DemoSetup.withReference(feed), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).isEqualTo("reference,creditCode,companyName,establishedOn,district");
    assertThat(lines).hasSize((int) new String(feed, StandardCharsets.UTF_8).strip().lines().count());
    String[] row = lines.get(1).split(",");
    assertThat(row[0]).isEqualTo(row[1]).matches("[0-9A-Z]{18}");
  }
}
