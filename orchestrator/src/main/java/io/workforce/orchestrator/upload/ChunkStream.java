package io.workforce.orchestrator.upload;

import java.io.InputStream;
import java.util.function.IntFunction;

/** An input stream over a blob's chunks, fetching the next one only when the last is used up. */
final class ChunkStream extends InputStream {

  private final Blobs.Blob blob;
  private final IntFunction<byte[]> fetch;
  private byte[] current = new byte[0];
  private int position;
  private int next;

  ChunkStream(Blobs.Blob blob, IntFunction<byte[]> fetch) {
    this.blob = blob;
    this.fetch = fetch;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    return current[position++] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, into, offset, n);
    position += n;
    return n;
  }

  /** True when at least one byte is ready. */
  private boolean fill() {
    while (position == current.length) {
      if (next == blob.chunks()) {
        return false;
      }
      current = fetch.apply(next++);
      position = 0;
    }
    return true;
  }
}
