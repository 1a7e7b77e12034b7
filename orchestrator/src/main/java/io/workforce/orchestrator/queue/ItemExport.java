package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.api.CsvCells;
import io.workforce.orchestrator.db.Db;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/** CSV export of a queue's failed items (or of one status), for people to fix and re-import. */
@Service
class ItemExport {

  private final ItemStore store;
  private final QueueService queues;

  ItemExport(ItemStore store, QueueService queues) {
    this.store = store;
    this.queues = queues;
  }

  String csv(String queue, ItemStatus status) {
    queues.get(queue);
    String where =
        status != null
            ? "status = '" + status.name() + "'"
            : "status IN " + Db.in(ItemStatus.retryable());
    StringWriter out = new StringWriter();
    out.write('\uFEFF'); // so that Excel opens the Chinese text as UTF-8
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "id",
                    "reference",
                    "status",
                    "attempts",
                    "reason",
                    "priority",
                    "payload",
                    "updated_at")
                .get())) {
      for (ItemView i :
          store
              .jdbc
              .sql("SELECT * FROM queue_item WHERE queue_name = ? AND " + where + " ORDER BY id")
              .param(queue)
              .query(store::view)
              .list()) {
        csv.printRecord(
            i.id(),
            CsvCells.safe(i.reference()),
            i.status(),
            i.attempts(),
            CsvCells.safe(i.reason()),
            i.priority(),
            store.json.writeValueAsString(i.payload()),
            i.updatedAt());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
