package io.workforce.bench.runtime;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.vault.Credential;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.portal.FiledApplication;
import io.workforce.samples.portal.PortalApplicant;
import io.workforce.samples.portal.PortalExport;
import io.workforce.samples.portal.PortalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 24's form: one application filed on the one-network portal by its sample flow (two-step
 * form, a select that posts back, selects filled by fetch, the shadow-root service picker, the
 * hidden date field, confirm(), the receipt in a new tab), checked against what the portal stored.
 */
final class PortalForm {

  private PortalForm() {}

  static Path flow() {
    return Path.of(
        System.getProperty("workforce.home", "."), "samples/flows/file-portal-applications.yaml");
  }

  /** Files application {@code n} of the truth on fresh sample systems; returns its seconds. */
  static double run(Path flowFile, BrowserDriver driver, Path dir, int n) throws Exception {
    Flow flow = FlowParser.create().parse(flowFile);
    try (SampleSystems s =
        SampleSystems.start(SampleOptions.builder().records(3).exportEnabled(true).build())) {
      PortalApplicant a = s.portalTruth().applicants().get(n);
      Path csv =
          Files.write(
              dir.resolve("portal-" + n + ".csv"), PortalFiles.csv(s.portalTruth(), List.of(a)));
      RunOptions options =
          RunOptions.defaults()
              .withRunsDir(dir.resolve("runs"))
              .withWorkDir(dir)
              .withRetries(1, Duration.ofMillis(200))
              .withStepTimeout(Duration.ofSeconds(30))
              .withEnv(Map.of("PORTAL_URL", s.portalUrl()));
      long start = System.nanoTime();
      ItemResult r =
          new FlowRunner(
                  flow,
                  options,
                  name -> Optional.of(new Credential(name, "ckry02", "Ckry@2024", Map.of())),
                  driver,
                  null)
              .run(Inputs.fromFile(csv, flow.input(), Map.of()), null)
              .results()
              .get(1);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<FiledApplication> filed = new PortalExport(s.portalUrl()).applications();
      if (r.status() != ItemStatus.SUCCEEDED
          || filed.size() != 1
          || !filed.get(0).idNumber().equals(a.idNumber())
          || !filed.get(0).receiptNo().equals(r.outputs().get("receipt"))) {
        throw new IllegalStateException(
            "the application was not filed exactly once (" + r.status() + ": " + r.reason() + ")");
      }
      return seconds;
    }
  }

  /** Runs it alone: {@code PortalForm [reps]} prints each driver's seconds per application. */
  public static void main(String[] args) throws Exception {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path dir = Files.createTempDirectory("wf-bench-portal");
    for (BrowserDriver.Kind kind : BrowserDriver.Kind.values()) {
      try (BrowserDriver d =
          BrowserDriver.start(kind, io.workforce.runtime.DriverOptions.defaults())) {
        run(flow(), d, dir, 0); // warm-up
        for (int i = 0; i < reps; i++) {
          System.out.printf("RESULT %s %.2f s/application%n", kind, run(flow(), d, dir, i + 1));
        }
      }
    }
  }
}
