package io.workforce.bench.runtime;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.archive.ArchiveRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16's frame-and-table shape through the runtime: the archive's {@code browse.do} list, and
 * per record a click on 查看, a wait inside the detail iframe for that record (the frame shows the
 * previous one until its detail arrives, 100 ms late), and four XPath reads of label/value pairs
 * that alternate along the rows. Every record is checked against the ground truth; the journal
 * gives the time per step type.
 */
final class FrameRead {

  /** Records one run reads (browse.do lists eight). */
  static final int RECORDS = 8;

  private static final String FLOW =
      """
      flow: bench-frame-read
      """
          + ArchiveRuns.SYSTEMS
          + """
      output:
        details: 详情
      steps:
        - open: { system: archive, path: "/dagl/browse.do?delay=100" }
        - read_table: { selector: "#list", into: list }
        - set: { details: "${[]}" }
        - for_each:
            in: "${list}"
            as: rec
            steps:
              - click: "xpath=//table[@id='list']//tr[td[1]='${rec['档案号']}']//a"
              - frame:
                  selector: "#detail"
                  steps:
                    - wait_for: { text: "档案 ${rec['档案号']}" }
                    - read:
                        into: d
                        fields:
                          no: "xpath=//td[.='档案号：']/following-sibling::td[1]"
                          name: "xpath=//td[.='姓　　名：']/following-sibling::td[1]"
                          gender: "xpath=//td[.='性　　别：']/following-sibling::td[1]"
                          id: "xpath=//td[.='身份证号：']/following-sibling::td[1]"
              - set: { details: "${append(details, d)}" }
        - output: { details: "${details}" }
      """;

  /** One run: milliseconds per record (the whole loop over the list), and per step type. */
  record Timing(double perRecord, Map<String, Double> perStep) {}

  private FrameRead() {}

  static Path flow(Path dir) throws Exception {
    return Files.writeString(dir.resolve("bench-frame-read.yaml"), FLOW);
  }

  /** Reads the eight details once on fresh sample systems, checked against the truth. */
  static Timing run(Path flowFile, BrowserDriver driver, Path runs) throws Exception {
    Flow flow = FlowParser.create().parse(flowFile);
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().records(3).build())) {
      RunSummary run = ArchiveRuns.run(flow, s, driver, runs);
      ItemResult r = run.results().get(1);
      if (r.status() != ItemStatus.SUCCEEDED) {
        throw new IllegalStateException("the frame read failed: " + r.reason());
      }
      List<?> details = (List<?>) r.outputs().get("details");
      List<Map<String, String>> list = s.archiveTruth().listRows(RECORDS);
      if (details.size() != RECORDS) {
        throw new IllegalStateException("read " + details.size() + " of " + RECORDS);
      }
      for (int i = 0; i < RECORDS; i++) {
        Map<?, ?> d = (Map<?, ?>) details.get(i);
        ArchiveRecord t = s.archiveTruth().record(list.get(i).get("档案号"));
        if (!t.no().equals(d.get("no"))
            || !t.name().equals(d.get("name"))
            || !t.gender().equals(d.get("gender"))
            || !t.idNumber().equals(d.get("id"))) {
          throw new IllegalStateException("record " + t.no() + " read wrong: " + d);
        }
      }
      return timing(run.runDir().resolve(JournalWriter.FILE));
    }
  }

  /** The loop's time per record and the mean time per step type inside it, from the journal. */
  private static Timing timing(Path journal) throws Exception {
    Map<String, double[]> steps = new TreeMap<>();
    double loop = 0;
    for (String line : Files.readAllLines(journal)) {
      JsonNode e = JournalWriter.parse(line);
      if (!"step_end".equals(e.path("type").asString())) {
        continue;
      }
      String path = e.path("step").asString();
      long millis = e.path("millis").asLong();
      if (path.endsWith(".for_each")) {
        loop = millis;
      } else if (path.contains(".for_each[")) {
        String kind = path.substring(path.lastIndexOf('.') + 1);
        double[] sum = steps.computeIfAbsent(kind, k -> new double[2]);
        sum[0] += millis;
        sum[1]++;
      }
    }
    Map<String, Double> perStep = new TreeMap<>();
    steps.forEach((k, v) -> perStep.put(k, v[0] / v[1]));
    return new Timing(loop / RECORDS, perStep);
  }

  /** Runs it alone: {@code FrameRead [reps]} prints each driver's timings. */
  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path dir = Files.createTempDirectory("wf-bench-frame");
    Path flow = flow(dir);
    for (BrowserDriver.Kind kind : BrowserDriver.Kind.values()) {
      try (BrowserDriver d =
          BrowserDriver.start(kind, io.workforce.runtime.DriverOptions.defaults())) {
        run(flow, d, dir.resolve("runs")); // warm-up
        for (int i = 0; i < reps; i++) {
          Timing t = run(flow, d, dir.resolve("runs"));
          System.out.printf("RESULT %s %.0f ms/record %s%n", kind, t.perRecord(), t.perStep());
        }
      }
    }
  }
}
