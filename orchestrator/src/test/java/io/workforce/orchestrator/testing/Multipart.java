package io.workforce.orchestrator.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} body with one file in the part {@code file}, as browsers send it.
 */
public final class Multipart {

  /** The request's content type. */
  public static final String CONTENT_TYPE = "multipart/form-data; boundary=wf-boundary";

  private Multipart() {}

  public static byte[] file(String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 300);
    out.writeBytes(
        ("--wf-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n--wf-boundary--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
