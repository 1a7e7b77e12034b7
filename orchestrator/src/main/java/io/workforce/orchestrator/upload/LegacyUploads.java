package io.workforce.orchestrator.upload;

import io.workforce.orchestrator.config.WorkforceProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the uploads an older version kept on this node's disk ({@code <data-dir>/job-files/<id>},
 * {@code <data-dir>/screenshots/<name>}) into the database, once, before the node answers requests;
 * each file is deleted once its content is committed, and the directory once it is empty. In a
 * cluster each node moves the files it received itself; a row whose file is on no node keeps
 * answering 404 as before.
 */
@Component
class LegacyUploads implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(LegacyUploads.class);

  /** An upload kind: its table, its key column, the column naming its file, its directory. */
  private record Kind(String table, String key, String fileColumn, String directory) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("job_file", "id", "id", "job-files"),
          new Kind("job_screenshot", "id", "stored_name", "screenshots"));

  private final JdbcClient jdbc;
  private final Blobs blobs;
  private final TransactionTemplate tx;
  private final Path dataDir;

  LegacyUploads(
      JdbcClient jdbc, Blobs blobs, TransactionTemplate tx, WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.blobs = blobs;
    this.tx = tx;
    this.dataDir = properties.dataDir();
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (Kind kind : KINDS) {
      Path dir = dataDir.resolve(kind.directory());
      if (Files.isDirectory(dir)) {
        move(kind, dir);
      }
    }
  }

  private void move(Kind kind, Path dir) {
    record Row(String key, String file) {}
    List<Row> rows =
        jdbc.sql(
                "SELECT "
                    + kind.key()
                    + ", "
                    + kind.fileColumn()
                    + " FROM "
                    + kind.table()
                    + " WHERE blob_id IS NULL")
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
            .list();
    int moved = 0;
    for (Row row : rows) {
      Path file = dir.resolve(row.file());
      if (!file.getParent().equals(dir) || !Files.isRegularFile(file)) {
        continue; // on another node's disk, or lost
      }
      Boolean done =
          tx.execute(
              status -> {
                try (InputStream in = Files.newInputStream(file)) {
                  Blobs.Blob blob = blobs.write(in);
                  int updated =
                      jdbc.sql(
                              "UPDATE "
                                  + kind.table()
                                  + " SET blob_id = ? WHERE "
                                  + kind.key()
                                  + " = ? AND blob_id IS NULL")
                          .params(blob.id(), key(kind, row.key()))
                          .update();
                  if (updated == 0) {
                    status.setRollbackOnly(); // another node sharing this directory was quicker
                  }
                  return updated == 1;
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot read " + file, e);
                }
              });
      if (Boolean.TRUE.equals(done)) {
        moved++;
      }
      deleteQuietly(file);
    }
    try (var left = Files.list(dir)) {
      if (left.findAny().isEmpty()) {
        Files.delete(dir);
      } else {
        log.warn(
            "{} still holds files no upload names; they are not needed and may be deleted", dir);
      }
    } catch (IOException e) {
      log.warn("cannot tidy {}: {}", dir, e.toString());
    }
    if (moved > 0) {
      log.info("moved {} uploads from {} into the database", moved, dir);
    }
  }

  private static Object key(Kind kind, String value) {
    return kind.table().equals("job_screenshot") ? Long.valueOf(value) : value;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("cannot delete {} (its content is in the database now): {}", file, e.toString());
    }
  }
}
