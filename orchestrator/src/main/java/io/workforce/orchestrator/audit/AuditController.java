package io.workforce.orchestrator.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.CsvCells;
import io.workforce.orchestrator.api.Paging;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "audit", description = "Who did what, when, from where (append-only)")
class AuditController {

  private final AuditQuery query;

  AuditController(AuditQuery query) {
    this.query = query;
  }

  @GetMapping("/api/v1/audit")
  @Operation(
      summary =
          "Search the audit log, newest first (action may be a prefix ending in '.', e.g. credential.)")
  List<AuditEvent> search(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) AuditLog.Outcome outcome,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return query.search(
        new AuditQuery.Filter(actor, action, target, outcome, from, to, q),
        Paging.of(page, size, 1000));
  }

  @GetMapping(value = "/api/v1/audit/export", produces = "text/csv")
  @Operation(summary = "The matching audit rows as CSV (oldest first, at most 100,000)")
  ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String target,
      @RequestParam(required = false) AuditLog.Outcome outcome,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(required = false) String q) {
    AuditQuery.Filter filter = new AuditQuery.Filter(actor, action, target, outcome, from, to, q);
    query.search(filter, Paging.of(0, 1, 1)); // checks the filter before the answer starts
    StreamingResponseBody body =
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write('\uFEFF'); // so that Excel opens the Chinese text as UTF-8
          try (CSVPrinter csv =
              new CSVPrinter(
                  w,
                  CSVFormat.DEFAULT
                      .builder()
                      .setHeader(
                          "id",
                          "at",
                          "actor",
                          "actor_kind",
                          "action",
                          "target",
                          "outcome",
                          "detail",
                          "remote_addr")
                      .get())) {
            query.forEach(filter, e -> print(csv, e));
          }
        };
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"workforce-audit.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(body);
  }

  private static void print(CSVPrinter csv, AuditEvent e) {
    try {
      csv.printRecord(
          e.id(),
          e.at(),
          CsvCells.safe(e.actor()),
          e.actorKind(),
          e.action(),
          CsvCells.safe(e.target()),
          e.outcome(),
          CsvCells.safe(e.detail()),
          e.remoteAddress());
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }
}
