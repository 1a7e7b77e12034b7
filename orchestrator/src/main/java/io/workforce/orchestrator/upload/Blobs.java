package io.workforce.orchestrator.upload;

import io.workforce.orchestrator.db.Db;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Uploaded content (input files, screenshots) in the database every node shares, so that any node
 * serves what another received and a node's disk holds nothing anyone needs. Content is kept in
 * chunks of {@link #CHUNK} bytes, written and read one at a time: a large file is never held whole
 * in memory, on H2 as on PostgreSQL.
 *
 * <p>{@link #write} belongs in the caller's transaction together with the row that names the blob,
 * so that a failed upload leaves neither.
 */
@Service
public class Blobs {

  /** The largest piece of content one row holds. */
  static final int CHUNK = 256 * 1024;

  private final JdbcClient jdbc;
  private final Clock clock;

  Blobs(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A stored blob: its id (for a row to name it), its size in bytes and its number of chunks. */
  public record Blob(long id, long size, int chunks) {}

  /** Stores everything {@code content} holds (it stays open: the caller closes it). */
  public Blob write(InputStream content) throws IOException {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO upload_blob (size_bytes, chunks, created_at) VALUES (0, 0, ?)")
        .param(Db.ts(clock.instant()))
        .update(key, "id");
    long id = key.getKey().longValue();
    long size = 0;
    int seq = 0;
    byte[] buffer = new byte[CHUNK];
    for (int n; (n = content.readNBytes(buffer, 0, CHUNK)) > 0; seq++) {
      jdbc.sql("INSERT INTO upload_chunk (blob_id, seq, data) VALUES (?,?,?)")
          .params(id, seq, n == CHUNK ? buffer : Arrays.copyOf(buffer, n))
          .update();
      size += n;
    }
    jdbc.sql("UPDATE upload_blob SET size_bytes = ?, chunks = ? WHERE id = ?")
        .params(size, seq, id)
        .update();
    return new Blob(id, size, seq);
  }

  /** A stored blob's size and chunks, if there is one with this id. */
  public Optional<Blob> find(long id) {
    return jdbc.sql("SELECT size_bytes, chunks FROM upload_blob WHERE id = ?")
        .param(id)
        .query((rs, n) -> new Blob(id, rs.getLong(1), rs.getInt(2)))
        .optional();
  }

  /**
   * The blob's content, read from the database one chunk at a time as it is consumed (each chunk in
   * a statement of its own, so no connection is held between reads: a slow reader holds none).
   */
  public InputStream open(Blob blob) {
    return new ChunkStream(blob, seq -> chunk(blob.id(), seq));
  }

  private byte[] chunk(long blobId, int seq) {
    return jdbc.sql("SELECT data FROM upload_chunk WHERE blob_id = ? AND seq = ?")
        .params(blobId, seq)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "upload "
                        + blobId
                        + " lacks its chunk "
                        + seq
                        + " (the database was changed)"));
  }
}
