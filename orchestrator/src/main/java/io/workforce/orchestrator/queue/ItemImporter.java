package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.sheet.SheetLimits;
import io.workforce.orchestrator.sheet.SpreadsheetGate;
import io.workforce.orchestrator.sheet.Spreadsheets;
import io.workforce.protocol.NewItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of queue items from an xlsx or CSV file: the first row names the columns; the
 * reference column (default {@code reference}) is required, {@code priority} and {@code deadline}
 * are optional, every other column goes into the payload. The reference column stays in the payload
 * too: it is the row's data (a flow reads {@code ${item.creditCode}} whatever column the queue uses
 * as its key). Each row is added on its own, and the report says what became of it.
 */
@Service
public class ItemImporter {

  private static final String ROW = "\u0000row";

  private final QueueService queues;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final SheetLimits limits;
  private final SpreadsheetGate gate;
  private final ZoneId zone;
  private final AuditLog audit;

  ItemImporter(
      QueueService queues,
      TransactionTemplate tx,
      ApplicationEventPublisher events,
      WorkforceProperties properties,
      AuditLog audit,
      SpreadsheetGate gate) {
    this.audit = audit;
    this.queues = queues;
    this.tx = tx;
    this.events = events;
    this.limits = SheetLimits.forQueueImports(properties);
    this.gate = gate;
    this.zone = properties.schedules().timeZone();
  }

  /**
   * Imports a file for {@code actor}; {@code fileName} decides the format (.xlsx or .csv). The
   * whole file is read (as a stream, within the limits) before the first item is added, so that a
   * file that cannot be read adds nothing.
   */
  public ImportReport importFile(
      String queue, String fileName, InputStream content, String referenceColumn, String actor)
      throws IOException {
    queues.get(queue);
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    if (!Spreadsheets.readable(name)) {
      throw InvalidRequestException.field(
          "file",
          "只支持 .xlsx 和 .csv 文件",
          "only .xlsx and .csv files can be imported (got '" + name + "')");
    }
    String refColumn = referenceColumn == null ? "reference" : referenceColumn;
    List<Map<String, String>> rows = new ArrayList<>();
    Path upload = Files.createTempFile("workforce-import-", ".tmp");
    try {
      Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
      try (SpreadsheetGate.Permit reading = gate.enter(actor, name)) {
        read(name, upload, refColumn, rows);
      }
    } finally {
      Files.deleteIfExists(upload);
    }
    List<ImportReport.Row> report = new ArrayList<>();
    Locale locale =
        LocaleContextHolder.getLocale(); // the report is read by the person who imported the file
    int added = 0;
    int duplicates = 0;
    int errors = 0;
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      int rowNumber = Integer.parseInt(row.remove(ROW));
      String reference = row.get(refColumn);
      try {
        NewItem item = item(row, refColumn);
        Long id = tx.execute(s -> queues.insert(queue, item));
        report.add(new ImportReport.Row(rowNumber, reference, "ADDED", id, null));
        added++;
      } catch (ConflictException e) {
        report.add(
            new ImportReport.Row(
                rowNumber, reference, "DUPLICATE", e.existingId(), e.text().in(locale)));
        duplicates++;
      } catch (WorkforceException | IllegalArgumentException | DateTimeParseException e) {
        report.add(
            new ImportReport.Row(rowNumber, reference, "ERROR", null, rowError(e, row).in(locale)));
        errors++;
      }
    }
    if (added > 0) {
      events.publishEvent(new QueueService.ItemsAdded(queue));
    }
    audit.record(
        "queue.items.import",
        "queue:" + queue,
        "file '"
            + fileName
            + "': "
            + rows.size()
            + " row(s), "
            + added
            + " added, "
            + duplicates
            + " duplicate(s), "
            + errors
            + " error(s)");
    return new ImportReport(rows.size(), added, duplicates, errors, report);
  }

  /** Why a row was refused, with the cell's value and an example of what would do. */
  private static Text rowError(RuntimeException e, Map<String, String> row) {
    if (e instanceof WorkforceException w) {
      return w.text();
    }
    if (e instanceof DateTimeParseException) {
      return Text.of(
          "deadline 列的 '" + row.get("deadline") + "' 不是日期或时间 (例如 2026-12-31 或 2026-12-31 17:00)",
          "deadline '"
              + row.get("deadline")
              + "' is not a date or time (e.g. 2026-12-31 or 2026-12-31 17:00)");
    }
    if (e instanceof NumberFormatException) {
      return Text.of(
          "priority 列的 '" + row.get("priority") + "' 不是数字 (1 到 10)",
          "priority '" + row.get("priority") + "' is not a number (1 to 10)");
    }
    return Text.of(e.getMessage(), e.getMessage());
  }

  private NewItem item(Map<String, String> row, String refColumn) {
    Map<String, Object> payload = new LinkedHashMap<>();
    row.forEach(
        (k, v) -> {
          if (!k.equals("priority") && !k.equals("deadline")) {
            payload.put(k, v);
          }
        });
    String p = row.get("priority");
    Integer priority = p == null || p.isBlank() ? null : (int) Double.parseDouble(p.trim());
    return new NewItem(row.get(refColumn), priority, deadline(row.get("deadline")), payload);
  }

  private Instant deadline(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    if (t.length() == 10) {
      return LocalDate.parse(t).plusDays(1).atStartOfDay(zone).toInstant();
    }
    return t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")
        ? Instant.parse(t)
        : LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
  }

  /** Every data row as column → value, with its row number under {@link #ROW}. */
  private void read(String fileName, Path file, String refColumn, List<Map<String, String>> rows) {
    List<String> header = new ArrayList<>();
    Spreadsheets.read(
        fileName,
        file,
        limits,
        (number, cells) -> {
          if (header.isEmpty()) { // the first row handed on is never empty: it is the header
            header.addAll(cells);
            if (!header.contains(refColumn)) {
              throw InvalidRequestException.field(
                  "file",
                  "第 " + number + " 行没有 '" + refColumn + "' 列 (现有列: " + header + ")",
                  "row "
                      + number
                      + " has no '"
                      + refColumn
                      + "' column (columns: "
                      + header
                      + "); name the column or pass referenceColumn");
            }
            return;
          }
          Map<String, String> values = new LinkedHashMap<>();
          for (int c = 0; c < header.size(); c++) {
            values.put(header.get(c), c < cells.size() ? cells.get(c) : "");
          }
          values.put(ROW, String.valueOf(number));
          rows.add(values);
        });
  }
}
