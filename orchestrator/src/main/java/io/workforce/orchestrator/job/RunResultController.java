package io.workforce.orchestrator.job;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.result.ResultWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A run's report and result file, at any time after it ended or while it runs (issue 21): the table
 * as JSON for the run page's report, and the same table as xlsx or CSV, written by the one result
 * writer the robot runtime uses too. Only for who may see the run (clerks: their own).
 */
@RestController
@Tag(name = "jobs", description = "Start, watch and stop jobs")
@RequestMapping("/api/v1/jobs/{id}")
class RunResultController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RunResults results;
  private final JobQueries jobs;
  private final JobAccess access;

  RunResultController(RunResults results, JobQueries jobs, JobAccess access) {
    this.results = results;
    this.jobs = jobs;
    this.access = access;
  }

  @GetMapping("/result")
  @Operation(
      summary =
          "A run's result table: one row per item with its inputs, outcome, reason and outputs "
              + "under the flow's labels (clerks: only their own runs)")
  RunResultTable result(
      Caller.User caller,
      @PathVariable long id,
      @Parameter(description = "zh or en; else the request's Accept-Language")
          @RequestParam(required = false)
          String lang,
      HttpServletRequest request) {
    return table(caller, id, lang, request);
  }

  @GetMapping(value = "/result.xlsx", produces = XLSX)
  @Operation(summary = "A run's result file as a spreadsheet (clerks: only their own runs)")
  ResponseEntity<byte[]> xlsx(
      Caller.User caller,
      @PathVariable long id,
      @Parameter(description = "zh or en; else the request's Accept-Language")
          @RequestParam(required = false)
          String lang,
      HttpServletRequest request) {
    RunResultTable t = table(caller, id, lang, request);
    String sheet = language(lang, request).apply(Text.of("结果", "Result"));
    return file(id, "xlsx", XLSX, out -> ResultWriter.xlsx(sheet, t.columns(), t.rows(), out));
  }

  @GetMapping(value = "/result.csv", produces = "text/csv")
  @Operation(summary = "A run's result file as CSV, UTF-8 (clerks: only their own runs)")
  ResponseEntity<byte[]> csv(
      Caller.User caller,
      @PathVariable long id,
      @Parameter(description = "zh or en; else the request's Accept-Language")
          @RequestParam(required = false)
          String lang,
      HttpServletRequest request) {
    RunResultTable t = table(caller, id, lang, request);
    return file(
        id, "csv", "text/csv;charset=UTF-8", out -> ResultWriter.csv(t.columns(), t.rows(), out));
  }

  private RunResultTable table(
      Caller.User caller, long id, String lang, HttpServletRequest request) {
    access.checkVisible(caller, id);
    return results.table(jobs.get(id), language(lang, request));
  }

  /** The caller's language: {@code lang} when given (a download link), else Accept-Language. */
  private static Function<Text, String> language(String lang, HttpServletRequest request) {
    if ("en".equals(lang) || "zh".equals(lang)) {
      Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
      return t -> t.in(locale);
    }
    return t -> t.in(request);
  }

  private static ResponseEntity<byte[]> file(
      long id, String extension, String type, Consumer<ByteArrayOutputStream> write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write.accept(out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("run-" + id + "-result." + extension, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(out.toByteArray());
  }
}
