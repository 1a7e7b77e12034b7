package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.protocol.NewItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
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
  private final int maxRows;
  private final ZoneId zone;
  private final AuditLog audit;

  ItemImporter(
      QueueService queues,
      TransactionTemplate tx,
      ApplicationEventPublisher events,
      WorkforceProperties properties,
      AuditLog audit) {
    this.audit = audit;
    this.queues = queues;
    this.tx = tx;
    this.events = events;
    this.maxRows = properties.queues().importMaxRows();
    this.zone = properties.schedules().timeZone();
  }

  /** Imports a file; {@code fileName} decides the format (.xlsx or .csv). */
  public ImportReport importFile(
      String queue, String fileName, InputStream content, String referenceColumn) {
    queues.get(queue);
    List<Map<String, String>> rows = read(fileName == null ? "" : fileName.toLowerCase(), content);
    String refColumn = referenceColumn == null ? "reference" : referenceColumn;
    if (!rows.isEmpty() && !rows.get(0).containsKey(refColumn)) {
      rows.get(0).remove(ROW);
      throw InvalidRequestException.field(
          "file",
          "第 1 行没有 '" + refColumn + "' 列 (现有列: " + rows.get(0).keySet() + ")",
          "row 1 has no '"
              + refColumn
              + "' column (columns: "
              + rows.get(0).keySet()
              + "); name the column or pass referenceColumn");
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

  private List<Map<String, String>> read(String fileName, InputStream content) {
    try {
      if (fileName.endsWith(".xlsx") || fileName.endsWith(".xls")) {
        return readSheet(content);
      }
      if (fileName.endsWith(".csv") || fileName.endsWith(".txt")) {
        return readCsv(new InputStreamReader(content, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof WorkforceException w) {
        throw w;
      }
      throw new InvalidRequestException(
          Text.of(
              "文件 " + fileName + " 无法读取: " + e.getMessage(),
              "file " + fileName + " cannot be read: " + e.getMessage()));
    }
    throw InvalidRequestException.field(
        "file",
        "只支持 .xlsx 和 .csv 文件",
        "only .xlsx and .csv files can be imported (got '" + fileName + "')");
  }

  private List<Map<String, String>> readCsv(Reader reader) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
      for (CSVRecord r : parser) {
        limit(rows.size());
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
          row.put(header.get(i), r.get(i));
        }
        row.put(ROW, String.valueOf(r.getRecordNumber() + 1));
        rows.add(row);
      }
    }
    return rows;
  }

  private List<Map<String, String>> readSheet(InputStream content) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(content)) {
      Sheet sheet = wb.getSheetAt(0);
      Row head = sheet.getRow(sheet.getFirstRowNum());
      if (head == null) {
        return rows;
      }
      List<String> header = new ArrayList<>();
      head.forEach(c -> header.add(formatter.formatCellValue(c).trim()));
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        limit(rows.size());
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          Cell cell = row.getCell(c);
          values.put(header.get(c), cell == null ? "" : formatter.formatCellValue(cell).trim());
        }
        if (values.values().stream().allMatch(String::isEmpty)) {
          continue;
        }
        values.put(ROW, String.valueOf(r + 1));
        rows.add(values);
      }
    }
    return rows;
  }

  private void limit(int count) {
    if (count >= maxRows) {
      throw InvalidRequestException.field(
          "file",
          "超过 " + maxRows + " 行",
          "more than " + maxRows + " rows (workforce.queues.import-max-rows)");
    }
  }
}
