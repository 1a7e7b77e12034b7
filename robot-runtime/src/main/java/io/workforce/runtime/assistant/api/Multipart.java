package io.workforce.runtime.assistant.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A multipart/form-data body with one file (the JDK client has none). */
record Multipart(byte[] bytes, String contentType) {

  static Multipart ofFile(String field, Path file) {
    String boundary = "wf-" + UUID.randomUUID();
    String name = file.getFileName().toString().replace("\"", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(Files.readAllBytes(file));
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Multipart(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }
}
