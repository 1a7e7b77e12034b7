package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One thread per engine even when nobody set {@code OMP_THREAD_LIMIT}: the module sets it before
 * loading libtesseract. Runs a child JVM without the variable, and one with 8 as a control.
 */
class OpenMpThreadsIT {

  @Test
  void tesseractStartsNoOpenMpWorkersWithoutTheVariable() throws Exception {
    assertThat(workers(null)).isZero();
  }

  @Test
  void aUsersOwnLimitIsRespected() throws Exception {
    assertThat(workers("8")).isPositive();
  }

  private static int workers(String limit) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                OpenMpProbe.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().remove("OMP_THREAD_LIMIT");
    if (limit != null) {
      pb.environment().put("OMP_THREAD_LIMIT", limit);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    String line =
        out.lines()
            .filter(l -> l.startsWith("openmp-workers="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("probe printed: " + out));
    return Integer.parseInt(line.substring("openmp-workers=".length()));
  }
}
