package io.workforce.orchestrator.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.Paging;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.NewItem;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "queues", description = "Work queues and their items")
class QueueController {

  private final QueueService queues;
  private final ItemImporter importer;
  private final ItemExport export;

  QueueController(QueueService queues, ItemImporter importer, ItemExport export) {
    this.queues = queues;
    this.importer = importer;
    this.export = export;
  }

  /**
   * @param reason why the item is given up
   */
  record AbandonRequest(String reason) {}

  @PostMapping("/queues")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a work queue")
  QueueView create(@Valid @RequestBody NewQueue queue) {
    return queues.create(queue);
  }

  @GetMapping("/queues")
  @Operation(summary = "All queues with item counts per status")
  List<QueueView> list() {
    return queues.list();
  }

  @GetMapping("/queues/{name}")
  @Operation(summary = "One queue")
  QueueView get(@PathVariable String name) {
    return queues.get(name);
  }

  @PostMapping("/queues/{name}/items")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add an item (409 with existingId for a duplicate reference)")
  ItemCreated add(@PathVariable String name, @RequestBody NewItem item) {
    return queues.add(name, item);
  }

  @PostMapping(
      value = "/queues/{name}/items/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Import items from an xlsx or CSV file; answers a report per row")
  ImportReport importItems(
      Caller caller,
      @PathVariable String name,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String referenceColumn)
      throws IOException {
    try (InputStream content = file.getInputStream()) {
      return importer.importFile(
          name, file.getOriginalFilename(), content, referenceColumn, caller.actor());
    }
  }

  @GetMapping("/queues/{name}/items")
  @Operation(
      summary =
          "Items of a queue, optionally of one status; atRisk=true: only those at SLA risk"
              + " (due within the risk window or waiting longer than the queue's SLA)")
  List<ItemView> items(
      @PathVariable String name,
      @RequestParam(required = false) ItemStatus status,
      @RequestParam(defaultValue = "false") boolean atRisk,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return queues.items(name, status, atRisk, Paging.of(page, size, 1000));
  }

  @GetMapping(value = "/queues/{name}/items/export", produces = "text/csv")
  @Operation(summary = "Failed and abandoned items (or one status) as CSV")
  ResponseEntity<byte[]> exportItems(
      @PathVariable String name, @RequestParam(required = false) ItemStatus status) {
    byte[] csv = export.csv(name, status).getBytes(StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-items.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv);
  }

  @PostMapping("/queues/{name}/retry-failed")
  @Operation(summary = "Retry every failed item of the queue")
  Map<String, Integer> retryFailed(Caller caller, @PathVariable String name) {
    return Map.of("retried", queues.retryFailed(name, caller.actor()));
  }

  @GetMapping("/items/{id}")
  @Operation(summary = "One item with its history (attempts and reasons)")
  ItemView item(@PathVariable long id) {
    return queues.item(id);
  }

  @PostMapping("/items/{id}/retry")
  @Operation(summary = "Retry a failed or abandoned item")
  ItemView retry(Caller caller, @PathVariable long id) {
    return queues.retry(id, caller.actor());
  }

  @PostMapping("/items/{id}/abandon")
  @Operation(summary = "Give up on an item")
  ItemView abandon(
      Caller caller, @PathVariable long id, @RequestBody(required = false) AbandonRequest request) {
    return queues.abandon(id, caller.actor(), request == null ? null : request.reason());
  }
}
