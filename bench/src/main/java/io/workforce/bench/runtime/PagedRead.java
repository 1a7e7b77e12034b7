package io.workforce.bench.runtime;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One paged {@code read_table} run through the runtime: the archive system's numbered pager (57
 * records, 6 pages) and its post-back pager of issue 16 (37 records, 4 pages), every record checked
 * against the ground truth, so a fast wrong reading cannot pass as a figure.
 */
final class PagedRead {

  /** Records one run reads: numbered.do's 57 and Register.aspx's 37. */
  static final int RECORDS = 57 + 37;

  private static final String FLOW =
      """
      flow: bench-paged-read
      """
          + ArchiveRuns.SYSTEMS
          + """
      output:
        numbered: 页码链接
        register: 回发页码
      steps:
        - open: { system: archive, path: /dagl/numbered.do }
        - read_table: { selector: "#list", into: numbered, pages: "#pager a" }
        - open: { system: archive, path: /dagl/Register.aspx }
        - read_table: { selector: "#gvRegister", into: register, pages: "#gvRegister tr.pgr a" }
        - output: { numbered: "${numbered}", register: "${register}" }
      """;

  private PagedRead() {}

  static Path flow(Path dir) throws Exception {
    return Files.writeString(dir.resolve("bench-paged-read.yaml"), FLOW);
  }

  /** Reads both lists once on fresh sample systems; returns records per second. */
  static double run(Path flowFile, BrowserDriver driver, Path runs) {
    Flow flow = FlowParser.create().parse(flowFile);
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().records(3).build())) {
      long start = System.nanoTime();
      ItemResult r = ArchiveRuns.run(flow, s, driver, runs).results().get(1);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<Map<String, String>> truth = s.archiveTruth().listRows();
      if (r.status() != ItemStatus.SUCCEEDED
          || !truth.equals(r.outputs().get("numbered"))
          || !truth.subList(0, 37).equals(r.outputs().get("register"))) {
        throw new IllegalStateException(
            "the paged read was not exact (" + r.status() + ": " + r.reason() + ")");
      }
      return RECORDS / seconds;
    }
  }
}
