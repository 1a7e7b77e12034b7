package io.workforce.runtime.journal;

import io.workforce.runtime.Secrets;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes every event as one JSON line to {@code journal.jsonl}, masked, flushed per line so that a
 * killed process leaves a journal that is complete up to its last event.
 */
public final class JournalWriter implements RunEventSink {

  /** The journal's file name inside the run directory. */
  public static final String FILE = "journal.jsonl";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final BufferedWriter out;

  public JournalWriter(Path runDir) {
    try {
      out =
          Files.newBufferedWriter(
              runDir.resolve(FILE),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The event as a masked JSON object: {@code {"type": …, "at": …, …}}. */
  public static ObjectNode toJson(RunEvent event) {
    ObjectNode node = JSON.createObjectNode().put("type", event.type());
    JsonNode fields = JSON.valueToTree(event);
    fields.properties().forEach(e -> node.set(e.getKey(), mask(e.getValue())));
    node.put("at", event.at().toString());
    return node;
  }

  /** One event as a masked JSON line. */
  public static String line(RunEvent event) {
    return JSON.writeValueAsString(toJson(event));
  }

  /** Reads a journal line back as a tree. */
  public static JsonNode parse(String line) {
    return JSON.readTree(line);
  }

  @Override
  public synchronized void accept(RunEvent event) {
    try {
      out.write(line(event));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException ignored) {
      // nothing more to write
    }
  }

  private static JsonNode mask(JsonNode node) {
    if (node.isString()) {
      return StringNode.valueOf(Secrets.mask(node.asString()));
    }
    if (node instanceof ObjectNode obj) {
      ObjectNode copy = JSON.createObjectNode();
      for (Map.Entry<String, JsonNode> e : obj.properties()) {
        copy.set(Secrets.mask(e.getKey()), mask(e.getValue()));
      }
      return copy;
    }
    if (node instanceof ArrayNode arr) {
      ArrayNode copy = JSON.createArrayNode();
      arr.forEach(v -> copy.add(mask(v)));
      return copy;
    }
    return node;
  }
}
