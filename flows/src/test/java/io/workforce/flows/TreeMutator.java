package io.workforce.flows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Mutates a flow as a tree: deletes, duplicates, swaps, retypes, renames and moves nodes. */
final class TreeMutator {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String[] TEXTS = {
    "",
    "${",
    "${nope}",
    "${item.x}",
    "text=",
    "role=[",
    "(",
    "2s",
    "-1s",
    "business_error",
    "warn",
    "accept",
    "new",
    "xlsx",
    "${''.getClass()}",
    "${credential.username}",
    "#a",
    "${error.message}",
    "yyyy-MM-ddd",
    "log",
    "wait_for",
    "steps",
    "${[1,2]}",
    "GET",
    "robot",
    "中文"
  };

  private TreeMutator() {}

  static byte[] mutate(String yaml, Random r) {
    JsonNode root = YAML.readTree(yaml);
    int times = 1 + r.nextInt(3);
    for (int t = 0; t < times; t++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode target = containers.get(r.nextInt(containers.size()));
      if (target instanceof ObjectNode o && !o.isEmpty()) {
        mutateObject(o, containers, r);
      } else if (target instanceof ArrayNode a && !a.isEmpty()) {
        mutateArray(a, containers, r);
      }
    }
    return YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      node.values().forEach(child -> collect(child, out));
    }
  }

  private static void mutateObject(ObjectNode o, List<JsonNode> all, Random r) {
    List<String> keys = new ArrayList<>(o.propertyNames());
    String key = keys.get(r.nextInt(keys.size()));
    switch (r.nextInt(5)) {
      case 0 -> o.remove(key);
      case 1 -> o.set(key, random(r, all));
      case 2 -> {
        JsonNode v = o.remove(key);
        o.set(rename(key, r), v);
      }
      case 3 -> o.set(keys.get(r.nextInt(keys.size())), o.get(key).deepCopy());
      default ->
          o.set(key + (r.nextBoolean() ? "" : "_x"), F.arrayNode().add(o.get(key).deepCopy()));
    }
  }

  private static void mutateArray(ArrayNode a, List<JsonNode> all, Random r) {
    int i = r.nextInt(a.size());
    int j = r.nextInt(a.size());
    switch (r.nextInt(4)) {
      case 0 -> a.remove(i);
      case 1 -> a.insert(i, a.get(i).deepCopy());
      case 2 -> {
        JsonNode x = a.get(i);
        a.set(i, a.get(j));
        a.set(j, x);
      }
      default -> a.set(i, random(r, all));
    }
  }

  private static JsonNode random(Random r, List<JsonNode> all) {
    return switch (r.nextInt(9)) {
      case 0 -> F.numberNode(r.nextInt(2000) - 1000);
      case 1 -> F.booleanNode(r.nextBoolean());
      case 2 -> F.nullNode();
      case 3 -> F.arrayNode();
      case 4 -> F.objectNode();
      case 5 -> F.numberNode(r.nextDouble() * 100);
      case 6 -> all.get(r.nextInt(all.size())).deepCopy();
      case 7 ->
          F.objectNode()
              .set(TEXTS[r.nextInt(TEXTS.length)], F.textNode(TEXTS[r.nextInt(TEXTS.length)]));
      default -> F.textNode(TEXTS[r.nextInt(TEXTS.length)]);
    };
  }

  private static String rename(String key, Random r) {
    if (key.isEmpty()) {
      return "x";
    }
    StringBuilder s = new StringBuilder(key);
    int at = r.nextInt(key.length());
    if (r.nextBoolean()) {
      s.deleteCharAt(at);
    } else {
      s.insert(at, (char) ('a' + r.nextInt(26)));
    }
    return s.toString();
  }
}
